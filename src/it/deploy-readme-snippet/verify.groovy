String log = new File(basedir, 'build.log').text
int second = log.indexOf('[INFO] Scanning for projects', log.indexOf('Created stack it-readme'))

// 1: the whole lifecycle: package validated first, validate reused its result, then the stack.
String first = log.substring(0, second)
assert first.contains('Validated: collab-infra: 0 errors')
assert first.contains('(validated earlier in this build by package; reports: target/collab-infra)')
assert first.indexOf('Skipping artifact deployment') > first.indexOf('maven-deploy-plugin')
assert first.indexOf('maven-deploy-plugin') > 0
assert first.contains('Created stack it-readme (CREATE_COMPLETE).')
assert new File(basedir, 'target/deploy-readme-snippet-1.0-cloudformation.zip').isFile()

// 2: no -Denv: one line listing the environments and how to choose, and nothing after it.
String noEnv = log.substring(second)
assert noEnv.contains('No environment chosen: this project has it in src/main/cloudformation/environments; choose one with -Denv=it (or -Dcollab-infra.env=it)')
assert !noEnv.substring(0, noEnv.indexOf('No environment chosen')).contains('Creating change set')
assert !noEnv.contains("Environment 'default' is unknown")

// 3: -Dcollab-infra.env chose the environment; the typo is named.
String warning = 'Unknown property -Dcollab-infra.failon; did you mean -Dcollab-infra.failOn (failOn)?'
assert log.contains(warning)
// once per build, not once per goal
assert log.indexOf(warning) == log.lastIndexOf(warning)
assert log.contains('No changes: stack it-readme already runs this template')
return true
