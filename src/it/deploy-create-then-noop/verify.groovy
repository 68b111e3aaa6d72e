import groovy.json.JsonSlurper

// The build starts the local endpoint; both runs deployed to it.
String log = new File(basedir, 'build.log').text
assert log.contains('Created stack it-shop (CREATE_COMPLETE).')
// Events of the nested stack's resources, labelled with their path.
assert log =~ /it-shop\/Network\/Vpc +AWS::EC2::VPC +CREATE_COMPLETE/
// The second run: no change set.
assert log.contains('No changes: stack it-shop already runs this template with these parameters and tags')
int secondRun = log.lastIndexOf('No changes: stack it-shop')
// Nothing changed, so no change set was even created.
assert !log.substring(log.lastIndexOf('Validated:', secondRun)).contains('Creating change set')

def outputs = new JsonSlurper().parse(new File(basedir, 'target/collab-infra/it/outputs.json'))
assert outputs.VpcId
assert outputs.TopicArn
assert new File(basedir, 'target/collab-infra/it/outputs.properties').text.contains('VpcId=')


// outputs, status, plan and delete on the same stack.
assert log =~ /Outputs of it-shop \(CREATE_COMPLETE\) written to .*outputs\.json/
assert log.contains('Stack it-shop: CREATE_COMPLETE, termination protection off')
def plan = new JsonSlurper().parse(new File(basedir, 'target/collab-infra/it/plan.json'))
assert plan.noChanges == true && plan.changes == []
assert log.contains('Deleted stack it-shop.')
assert log =~ /it-shop\/Network\/Vpc +AWS::EC2::VPC +DELETE_COMPLETE/
return true
