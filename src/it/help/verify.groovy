def log = new File(basedir, 'build.log').text

assert log.contains('collab-infra:help')
assert log.contains('collab-infra:validate')
// -Ddetail: every parameter with its Javadoc, user property and default
assert log.contains('failOn (Default: error)')
assert log.contains('User property: collab-infra.failOn')
assert log.contains('User property: collab-infra.ignoreRules')
assert log.contains('User property: collab-infra.validate.skip')
assert log.contains('User property: collab-infra.templates')
assert log.contains('User property: collab-infra.validate.allowEmpty')
assert log.contains('outputDirectory (Default: ${project.build.directory}/collab-infra)')
return true
