import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
assert log.contains('Created stack it-vault (CREATE_COMPLETE).')
// The later runs did not carry the value: outputs, status, and an update with UsePreviousValue.
assert log =~ /Outputs of it-vault \(CREATE_COMPLETE\) written to .*outputs\.json/
assert log.contains('Stack it-vault: CREATE_COMPLETE, termination protection off')
assert log.contains('Updated stack it-vault (UPDATE_COMPLETE).')

// The stack's output holds the value; every run shows it masked whole, decided from the template.
def outputs = new JsonSlurper().parse(new File(basedir, 'target/collab-infra/it/outputs.json'))
assert outputs.Echoed == '****'
assert outputs.SecretArn.startsWith('it-vault-DbSecret-')
assert new File(basedir, 'target/collab-infra/it/outputs.properties').text.contains('Echoed=****')
assert (log =~ /\[INFO\]   Echoed +\*\*\*\*/).size() == 4 : 'deploy, outputs, status and the update each show the output masked'

// The NoEcho value never reaches the log or any file under target/.
String secret = 'it-NoEcho-9f3Kq7-secret'
assert !log.contains(secret)
int files = 0
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    files++
    assert !file.getText('UTF-8').contains(secret) : "NoEcho value found in ${file}"
}
assert files >= 3 : 'expected outputs.json, outputs.properties and main.packaged.yaml under target/'
return true
