import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
assert log.contains('Created stack it-vault (CREATE_COMPLETE).')
def outputs = new JsonSlurper().parse(new File(basedir, 'target/collab-infra/it/outputs.json'))
// The stack's output holds the value; the plugin shows and writes it masked.
assert outputs.Echoed == 'password=****'
assert log.contains('password=****')

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
