// Starts S3Proxy (in-memory, 127.0.0.1, a free port) for this IT and points the build at it through
// .mvn/maven.config; verify.groovy stops it, and a shutdown hook does if the build never gets there.
File jar = new File(basedir, '../../s3proxy/s3proxy.jar').canonicalFile
int port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()).withCloseable { it.localPort }
File conf = new File(basedir, 'target/s3proxy/s3proxy.conf')
conf.parentFile.mkdirs()
conf.text = """s3proxy.endpoint=http://127.0.0.1:${port}
s3proxy.authorization=aws-v2-or-v4
s3proxy.ignore-unknown-headers=true
s3proxy.identity=local-access-key
s3proxy.credential=local-secret-key
jclouds.provider=transient
jclouds.identity=identity
jclouds.credential=credential
"""
String java = new File(System.getProperty('java.home'), 'bin/java').path
Process process = new ProcessBuilder(java, '-Xmx256m', '-jar', jar.path, '--properties', conf.path)
        .redirectErrorStream(true).redirectOutput(new File(conf.parentFile, 's3proxy.log')).start()
Runtime.runtime.addShutdownHook(new Thread({ process.destroy() }))
new File(conf.parentFile, 'pid').text = "${process.pid()}"
long deadline = System.currentTimeMillis() + 60_000
while (true) {
    try {
        new Socket('127.0.0.1', port).close()
        break
    } catch (IOException e) {
        assert process.alive && System.currentTimeMillis() < deadline : 'S3Proxy did not start: ' + new File(conf.parentFile, 's3proxy.log').text
        Thread.sleep(100)
    }
}
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Dcollab-infra.endpoint=http://127.0.0.1:${port}\n"
return true
