import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// environments/ holds environment files, so only the two templates count; the (clean) environment
// file is checked against main.yaml and gives nothing
assert log.contains('[INFO] collab-infra: 0 errors, 0 warnings in 2 templates')
assert !log.contains('environments/dev.yaml:')
assert log.contains('BUILD SUCCESS')

def sarifFile = new File(basedir, 'target/collab-infra/validate.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'collab-infra'
assert sarif.runs[0].tool.driver.rules.any { it.id == 'E0000' }
assert sarif.runs[0].results == []

def junitFile = new File(basedir, 'target/collab-infra/TEST-collab-infra-validate.xml')
assert junitFile.isFile()
def suite = new groovy.xml.XmlSlurper().parse(junitFile)
assert suite.name() == 'testsuite'
assert suite.@tests == '2'
assert suite.@failures == '0'
assert suite.testcase*.@name*.toString() == ['src/main/cloudformation/main.yaml', 'src/main/cloudformation/nested/child.json']
return true
