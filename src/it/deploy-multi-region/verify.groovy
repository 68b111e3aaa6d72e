import groovy.json.JsonSlurper

// Two regions deployed by one deploy, then their outputs read by the outputs goal.
String log = new File(basedir, 'build.log').text
File dir = new File(basedir, 'target/collab-infra/global')

def us = new JsonSlurper().parse(new File(dir, 'outputs.us-east-1.json'))
def eu = new JsonSlurper().parse(new File(dir, 'outputs.eu-west-1.json'))
assert us.Where == 'us-east-1' && us.Size == 'small'
assert eu.Where == 'eu-west-1' && eu.Size == 'large'   // the region's regionParameters
assert new File(dir, 'outputs.eu-west-1.properties').text.contains('Size=large')

// Each region uploaded the nested template to its own bucket.
assert new File(dir, 'us-east-1/main.packaged.yaml').text.contains('/it-multi-artifacts-us-east-1/multi-it/')
assert new File(dir, 'eu-west-1/main.packaged.yaml').text.contains('/it-multi-artifacts-eu-west-1/multi-it/')

// Every event line carries its region; each region's plan is printed once.
for (String region : ['us-east-1', 'eu-west-1']) {
    assert log =~ /\[INFO\] \[${region}\] .*it-global\/Alerts +AWS::CloudFormation::Stack +CREATE_COMPLETE/
    assert (log =~ /\[INFO\] \[${region}\] Create plan for stack it-global /).size() == 1
    assert log.contains("[INFO] [${region}] Created stack it-global (CREATE_COMPLETE).")
    assert log =~ /\[INFO\] \[${region}\] Outputs of it-global \(CREATE_COMPLETE\) written to .*outputs\.${region}\.json/
}
assert log.contains('Change sets of 2 region(s), before any is executed:')
assert log.contains('[INFO]   us-east-1: created (CREATE_COMPLETE)')
assert log.contains('[INFO]   eu-west-1: created (CREATE_COMPLETE)')
assert log.contains('[INFO] Outputs of 2 region(s):')
return true
