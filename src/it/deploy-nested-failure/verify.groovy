// The deploy failed (invoker.buildResult = failure); the log says why, without a stack trace.
String log = new File(basedir, 'build.log').text
int why = log.indexOf('Why it failed:')
assert why >= 0
String block = log.substring(why, log.indexOf('Final status of stack it-fail', why))
assert block.contains('it-fail/Database/Table (AWS::DynamoDB::Table) CREATE_FAILED: Resource handler returned message: Table already exists: it-orders')
assert !block.contains('Embedded stack')
assert !block.contains('cancelled')
assert log.contains('Final status of stack it-fail: ROLLBACK_COMPLETE')
assert log.contains('Deploy of stack it-fail failed: it-fail/Database/Table: Resource handler returned message: Table already exists: it-orders')
// Failed events are logged at ERROR (red in a terminal), in the default view too.
assert log =~ /\[ERROR\] \d\d:\d\d:\d\d  it-fail\/Database\/Table +AWS::DynamoDB::Table +CREATE_FAILED/
// The stack rolled back.
assert log =~ /it-fail +AWS::CloudFormation::Stack +ROLLBACK_COMPLETE/
// A user-facing failure, not a crash.
assert !log.contains('at dev.collabinfra.')
return true
