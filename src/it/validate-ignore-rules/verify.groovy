def log = new File(basedir, 'build.log').text

assert !log.contains('ERROR E0000')
assert !log.contains('ERROR E0011')
assert log =~ /\[INFO\] collab-infra: 0 errors, \d+ warnings? in 1 template/
assert log.contains('BUILD SUCCESS')
return true
