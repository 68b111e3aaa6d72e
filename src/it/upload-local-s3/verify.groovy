import groovy.json.JsonSlurper

// The build starts the local endpoint (S3 behind the CloudFormation port) before the ITs run.
def first = new JsonSlurper().parse(new File(basedir, 'target/collab-infra/it/upload-report.json'))
def second = new JsonSlurper().parse(new File(basedir, 'target/collab-infra/again/upload-report.json'))
// subnets.yaml, network.yaml (rewritten to point at subnets) and the hello code archive.
assert first.uploaded.size() == 3
assert first.uploaded.every { it.key ==~ /upload-local-s3\/[0-9a-f]{64}\.(yaml|zip)/ }
assert second.uploaded == []
assert second.alreadyPresent*.key == first.uploaded*.key

String packaged = new File(basedir, 'target/collab-infra/it/main.packaged.yaml').text
String network = first.uploaded.find { it.source == 'cloudformation/stacks/network.yaml' }.url
String hello = first.uploaded.find { it.source == 'lambda/hello.zip' }.key
assert packaged.contains("TemplateURL: \"${network}\"")
assert packaged.contains("Code: {S3Bucket: it-artifacts, S3Key: ${hello}}")
assert packaged.contains('# Two levels of nesting: main -> network -> subnets.')
assert new File(basedir, 'target/collab-infra/again/main.packaged.yaml').text == packaged
return true
