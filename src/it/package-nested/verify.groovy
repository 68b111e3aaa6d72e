import groovy.json.JsonSlurper
import java.security.MessageDigest
import java.util.zip.ZipFile

def sha256 = { byte[] bytes -> MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() }

File zip = new File(basedir, 'target/package-nested-1.0-cloudformation.zip')
assert zip.isFile() : "the bundle zip was not written: $zip"
String log = new File(basedir, 'build.log').text
assert log.contains('attached with classifier cloudformation')

File bundle = new File(basedir, 'target/collab-infra/bundle')
def manifest = new JsonSlurper().parse(new File(bundle, 'manifest.json'))
assert manifest.main == 'cloudformation/main.yaml'

def expected = ['cloudformation/main.yaml', 'cloudformation/stacks/network.yaml', 'cloudformation/stacks/subnets.yaml',
                'lambda/hello.zip']
assert manifest.files*.path == expected
manifest.files.each { f ->
    byte[] bytes = new File(bundle, f.path).bytes
    assert f.sha256 == sha256(bytes) : "sha256 of ${f.path}"
    assert f.size == bytes.length
}
assert manifest.files.find { it.path == 'lambda/hello.zip' }.kind == 'code-archive'

// The tree follows the nesting: main -> NetworkStack -> SubnetStack, and main -> HelloFunction.
def network = manifest.tree.references.find { it.resource == 'NetworkStack' }.target
assert network.path == 'cloudformation/stacks/network.yaml'
assert network.references.find { it.resource == 'SubnetStack' }.target.path == 'cloudformation/stacks/subnets.yaml'
assert manifest.tree.references.find { it.resource == 'HelloFunction' }.target.path == 'lambda/hello.zip'

// The attached zip holds exactly the bundle directory, manifest included.
def names = new ZipFile(zip).withCloseable { z -> z.entries().collect { it.name } }
assert names == expected + ['manifest.json']
return true
