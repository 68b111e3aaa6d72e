def log = new File(basedir, 'build.log').text

// findings point at the parent's line and name the child file and line
assert log =~ /main\.yaml:10:\d+: ERROR E3902 .*network\.yaml:7.*'platinum'/
assert log =~ /main\.yaml:11:\d+: ERROR E3043 .*'Subnet'.*network\.yaml/
assert log =~ /main\.yaml:14:\d+: ERROR E3907 .*'VpcIdd'.*network\.yaml/
assert log.contains('BUILD FAILURE')
assert !log.contains('at dev.collabinfra.')
return true
