def log = new File(basedir, 'build.log').text

assert !new File(basedir, 'pom.xml').exists()
// paths relative to the directory Maven ran in; the warning does not fail the build
assert log.contains("[WARNING] templates/app.yaml:7:17: WARNING W0020 Unquoted 'yes'")
assert log.contains('[INFO] collab-infra: 0 errors, 1 warning in 1 template')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/collab-infra/validate.sarif').isFile()
assert new File(basedir, 'target/collab-infra/TEST-collab-infra-validate.xml').isFile()
// Maven 3.8's stand-in project has the literal build directory ${project.basedir}/target
assert !new File(basedir, '${project.basedir}').exists()
return true
