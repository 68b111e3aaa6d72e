// Needs S3Proxy's jar, which the plugin build copies to target/s3proxy/ for the unit tests.
File jar = new File(basedir, '../../s3proxy/s3proxy.jar')
if (!jar.isFile()) {
    println "upload-local-s3 SKIPPED: no S3Proxy jar at ${jar.canonicalPath} (run generate-test-resources first)"
}
return jar.isFile()
