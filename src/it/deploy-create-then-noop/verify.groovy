import groovy.json.JsonSlurper

// The build starts the local endpoint; both runs deployed to it.
String log = new File(basedir, 'build.log').text
assert log.contains('Created stack it-shop (CREATE_COMPLETE).')
// The default view (collab-infra.events=stacks): each stack's own lines, the nested one once, then a summary.
String firstRun = log.substring(0, log.indexOf('Created stack it-shop (CREATE_COMPLETE).'))
assert (firstRun =~ /it-shop\/Network +AWS::CloudFormation::Stack +CREATE_COMPLETE/).size() == 1
assert !(firstRun =~ /it-shop\/Network\/Vpc +AWS::EC2::VPC +CREATE_COMPLETE/)
assert firstRun =~ /Summary:\s+\S+ +it-shop +CREATE_COMPLETE +\d+m?s +\d+ resources? changed/
assert firstRun =~ /it-shop\/Network +CREATE_COMPLETE +\d+m?s +1 resource changed/
// The second run: no change set.
assert log.contains('No changes: stack it-shop already runs this template with these parameters and tags')
int secondRun = log.lastIndexOf('No changes: stack it-shop')
// Nothing changed, so no change set was even created.
assert !log.substring(log.lastIndexOf('Validated:', secondRun)).contains('Creating change set')

// The outputs files were written by the deploys and removed by the delete at the end: they described a stack that is gone.
assert log =~ /Outputs written to .*outputs\.json and \.properties/
assert log =~ /Removed .*outputs\.json: the stack it described is gone\./
assert !new File(basedir, 'target/collab-infra/it/outputs.json').exists()
assert !new File(basedir, 'target/collab-infra/it/outputs.properties').exists()


// outputs, status, plan and delete on the same stack.
assert log =~ /Outputs of it-shop \(CREATE_COMPLETE\) written to .*outputs\.json/
assert log.contains('Stack it-shop: CREATE_COMPLETE, termination protection off')
def plan = new JsonSlurper().parse(new File(basedir, 'target/collab-infra/it/plan.json'))
assert plan.noChanges == true && plan.changes == []
assert new File(basedir, 'target/collab-infra/it/plan.md').text.contains('No changes')
assert log.contains('Deleted stack it-shop.')
assert log =~ /it-shop\/Network\/Vpc +AWS::EC2::VPC +DELETE_COMPLETE/
return true
