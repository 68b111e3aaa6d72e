import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// Both runs deployed example-project's dev environment to the local endpoint the build started.
String log = new File(basedir, 'build.log').text
int firstEnd = log.indexOf('BUILD SUCCESS')
assert firstEnd > 0: 'the first deploy did not succeed'
String first = log.substring(0, firstEnd)
String second = log.substring(firstEnd + 'BUILD SUCCESS'.length())
assert second.contains('BUILD SUCCESS'): 'the second deploy did not succeed'

// First run: the templates and the three Lambda zips uploaded, a create plan, the seven stacks created.
['connect', 'disconnect', 'message'].each { assert first =~ /Uploaded lambda\/${it}\.zip to collab-platform\/dev\/[0-9a-f]{64}\.zip/ }
// One object per nested template and per Lambda folder (9 in the example today).
File templates = new File(basedir, 'src/main/cloudformation')
int objects = templates.listFiles().count { it.name.endsWith('.yaml') && it.name != 'main.yaml' } +
        new File(basedir, 'src/main/lambda').listFiles().count { it.isDirectory() }
assert objects >= 9
assert first =~ /Uploaded ${objects} object\(s\) to s3:\/\/collab-platform-cfn-123456789-us-west-2\/collab-platform\/dev, 0 already there/
assert first.contains('Create plan for stack dev-collaboration-main')
List<String> nested = ['NetworkStack', 'DatabaseStack', 'ApplicationStack', 'WebSocketStack', 'CdnStack', 'MonitoringStack']
nested.each { name ->
    assert first =~ /(?m)^.*\b${name}\b.*CREATE_COMPLETE/: "no CREATE_COMPLETE event of ${name} in the console"
}
assert first.contains('Created stack dev-collaboration-main (CREATE_COMPLETE).')

// What the endpoint holds (not what the console says): the main stack and its six nested stacks, all created.
def query = { Map<String, String> params ->
    HttpURLConnection post = (HttpURLConnection) new URL(cfnEndpoint).openConnection()
    post.requestMethod = 'POST'
    post.doOutput = true
    post.setRequestProperty('Content-Type', 'application/x-www-form-urlencoded; charset=utf-8')
    // The endpoint reads the region from the credential scope (dev deploys to us-west-2) and checks no signature.
    post.setRequestProperty('Authorization',
            'AWS4-HMAC-SHA256 Credential=local-access-key/20260101/us-west-2/cloudformation/aws4_request, SignedHeaders=host, Signature=0')
    post.outputStream.withWriter('UTF-8') { w ->
        w << ([Action: params.remove('Action'), Version: '2010-05-15'] + params).collect { k, v ->
            URLEncoder.encode(k, 'UTF-8') + '=' + URLEncoder.encode(v, 'UTF-8') }.join('&')
    }
    assert post.responseCode == 200: "${params}: HTTP ${post.responseCode} ${post.errorStream?.text}"
    new XmlSlurper().parseText(post.inputStream.text)
}
def mainStack = query([Action: 'DescribeStacks', StackName: 'dev-collaboration-main'])
assert mainStack.'**'.find { it.name() == 'StackStatus' }.text() == 'CREATE_COMPLETE'
def resources = query([Action: 'DescribeStackResources', StackName: 'dev-collaboration-main'])
        .'**'.findAll { it.name() == 'member' && it.ResourceType.text() == 'AWS::CloudFormation::Stack' }
assert resources.collect { it.LogicalResourceId.text() } as Set == nested as Set
resources.each { r ->
    assert r.ResourceStatus.text() == 'CREATE_COMPLETE'
    def child = query([Action: 'DescribeStacks', StackName: r.PhysicalResourceId.text()])
    assert child.'**'.find { it.name() == 'StackStatus' }.text() == 'CREATE_COMPLETE': "nested stack ${r.LogicalResourceId}"
}

// Every output main.yaml declares (each comes from one of the nested stacks) has a value in the outputs files.
List<String> declared = []
boolean inOutputs = false
new File(basedir, 'src/main/cloudformation/main.yaml').eachLine { line ->
    if (line ==~ /^\S.*/) inOutputs = line.startsWith('Outputs:')
    def key = line =~ /^  ([A-Za-z0-9]+):/
    if (inOutputs && key) declared << key.group(1)
}
assert declared.size() >= 10 && declared.contains('WebSocketUrl') && declared.contains('VpcId')
def outputs = new JsonSlurper().parse(new File(basedir, 'target/collab-infra/dev/outputs.json'))
assert outputs.keySet() == declared as Set
outputs.each { k, v -> assert v instanceof String && !v.isBlank(): "output ${k} is empty" }
assert outputs.WebSocketUrl.startsWith('wss://') && outputs.WebSocketUrl.contains('.execute-api.us-west-2.')
Properties properties = new Properties()
new File(basedir, 'target/collab-infra/dev/outputs.properties').withReader { properties.load(it) }
assert properties.stringPropertyNames() == declared as Set

// Second run: nothing uploaded, no change set, the no-op said as such, the same outputs.
assert second =~ /Uploaded 0 object\(s\) to s3:\/\/collab-platform-cfn-123456789-us-west-2\/collab-platform\/dev, ${objects} already there/
assert second.contains('No changes: stack dev-collaboration-main already runs this template with these parameters and tags')
assert !second.contains('Creating change set')
assert !(second =~ /CREATE_IN_PROGRESS|UPDATE_IN_PROGRESS/)
assert second.contains("VpcId") && second.contains(outputs.VpcId)
return true
