def log = new File(basedir, 'build.log').text

// each mistake is named with the environment file, its line, the rule id and the fix
assert log =~ /environments\/prod\.yaml:3:\d+: ERROR E9107 .*1-collab-prod/
assert log =~ /environments\/prod\.yaml:6:\d+: ERROR E9104 .*production/
assert log =~ /environments\/prod\.yaml:7:\d+: ERROR E9101 .*'Stge'.*did you mean 'Stage'/
assert log.contains('BUILD FAILURE')
// a user mistake: no stack trace
assert !log.contains('at dev.collabinfra.')
return true
