String log = new File(basedir, 'build.log').text
// The command line wins over the environment file, and the mistake is named with the fix.
assert log.contains("Unknown AWS region 'eu-wst-1'; did you mean 'eu-west-1'?")
assert !log.contains('at dev.collabinfra.')
assert !log.contains('Caused by')
assert !(log =~ /\tat [a-z]/) : 'no stack trace'
assert !new File(basedir, 'target/collab-infra/it/main.packaged.yaml').exists() : 'nothing may be uploaded'
return true
