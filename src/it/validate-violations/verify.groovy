import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// each finding: path:line:column: SEVERITY RULE message, at the Maven log level of its severity
assert log.contains("[ERROR] src/main/cloudformation/broken.yaml:4:3: ERROR E0000 Duplicate key 'Queue'")
assert log.contains("[ERROR] src/main/cloudformation/broken.yaml:6:3: ERROR E0000 Duplicate key 'Queue'")
assert log.contains("[ERROR] src/main/cloudformation/broken.yaml:9:18: ERROR E0011 Unknown tag '!Reff'; did you mean '!Ref'?")
assert log.contains("[ERROR] src/main/cloudformation/nested/child.json:4:5: ERROR E0000 Duplicate key 'Handle'")
assert log.contains("[ERROR] src/main/cloudformation/nested/child.json:5:5: ERROR E0000 Duplicate key 'Handle'")

// the build fails with the count and the fix, without a stack trace
assert log.contains('BUILD FAILURE')
assert log =~ /collab-infra: \d+ errors, \d+ warnings? in 2 templates; \d+ findings reach <failOn>error<\/failOn>\. Fix them first; only a finding that is wrong for this project should be silenced, with Metadata: cfn-lint: config: ignore_checks/
assert !log.contains('at dev.collabinfra.')

// the reports are written before the build fails, so CI can still show them
def sarif = new JsonSlurper().parse(new File(basedir, 'target/collab-infra/validate.sarif'))
def results = sarif.runs[0].results
assert results.any { it.ruleId == 'E0011' && it.level == 'error' &&
        it.locations[0].physicalLocation.artifactLocation.uri == 'src/main/cloudformation/broken.yaml' &&
        it.locations[0].physicalLocation.region.startLine == 9 && it.locations[0].physicalLocation.region.startColumn == 18 }
def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/collab-infra/TEST-collab-infra-validate.xml'))
assert suite.@failures == '2'
return true
