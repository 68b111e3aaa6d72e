def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] collab-infra validate skipped (collab-infra.skip=true)')
assert log.contains('[INFO] collab-infra validate skipped (collab-infra.validate.skip=true)')
assert !log.contains('ERROR E0000')
assert !new File(basedir, 'target/collab-infra').exists()
return true
