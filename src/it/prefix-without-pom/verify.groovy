def log = new File(basedir, 'build.log').text
assert log.contains('collab-infra:validate') : 'collab-infra:help did not run through the prefix'

// The group-level metadata maps the prefix to the plugin: without it "collab-infra:" fails outside a project.
def metadata = new File(localRepositoryPath, 'dev/collabinfra/maven-metadata-local.xml')
assert metadata.isFile() : "no group metadata at ${metadata}"
def xml = new groovy.xml.XmlSlurper().parse(metadata)
def plugin = xml.plugins.plugin.find { it.prefix.text() == 'collab-infra' }
assert plugin.artifactId.text() == 'collab-infra-maven-plugin' : "prefix collab-infra not mapped in ${metadata.text}"
return true
