// Secrets that travel on the wire during the deploy: the base secret key (signs STS), the assumed
// role's secret key and session token (the AssumeRole response, then X-Amz-Security-Token on every
// call), and the NoEcho value (CreateChangeSet body, DescribeStacks outputs).
String baseSecret = 'it-base-secret-Kx82vQ'
String assumedSecret = 'local-secret-key'
String sessionToken = 'local-session-token-Zq93xTT7'
String noEcho = 'it-NoEcho-debug-7Hq2-secret'

String log = new File(basedir, 'build.log').text
// One build.log for both runs; each -X run starts with Maven's version banner on a line of its own.
def banners = (log =~ /(?m)^(?:\u001B\[[0-9;]*m)*Apache Maven \d/)
List<Integer> starts = []
while (banners.find()) {
    starts << banners.start()
}
assert starts.size() == 2 : "expected two -X runs in build.log, found ${starts.size()}"
String quiet = log.substring(0, starts[1])
String asked = log.substring(starts[1])

// Run 1 really ran under -X with the SDK's debug logging, and deployed through the assumed role.
assert quiet.contains('[DEBUG]')
assert quiet.contains('Created stack it-debug-vault (CREATE_COMPLETE).')
assert quiet.contains('Using STS credentials with expiration time') : 'the deploy should run on the assumed role'
assert quiet =~ /\[DEBUG\] .*software\.amazon\.awssdk|\[DEBUG\] Sending Request|Received successful response/ : 'the SDK debug log should stay on'
[baseSecret, assumedSecret, sessionToken, noEcho].each { secret ->
    assert !quiet.contains(secret) : "mvn -X printed a secret (${secret.take(6)}...): " + quiet.readLines().find { it.contains(secret) }?.take(300)
}
assert !quiet.toLowerCase().contains('x-amz-security-token:')
assert quiet.contains('collab-infra.debugWirePrintsSecrets') : 'run 1 says how to get the wire log'

// Run 2 asked for the wire log: it is there, with the session token, as the property's name warns.
assert asked.contains('Updated stack it-debug-vault')
assert asked.contains(sessionToken) : 'with collab-infra.debugWirePrintsSecrets=true the wire log shows the session token'
return true
