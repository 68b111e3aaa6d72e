import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.text.SimpleDateFormat
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

// The invoker clones this folder to <repo>/collab-infra-maven-plugin/target/it/deploy-example-project.
Path repo = basedir.toPath().toAbsolutePath().normalize().parent.parent.parent.parent
Path example = repo.resolve('example-project/src/main')
assert Files.isRegularFile(example.resolve('cloudformation/main.yaml')): "example-project not found at ${example} (from ${basedir})"

// The templates, environments and Lambda handlers exactly as example-project has them.
['cloudformation', 'lambda'].each { folder ->
    Path from = example.resolve(folder)
    Path to = basedir.toPath().resolve('src/main').resolve(folder)
    Files.walk(from).withCloseable { paths ->
        paths.each { Path source ->
            Path target = to.resolve(from.relativize(source).toString())
            if (Files.isDirectory(source)) {
                Files.createDirectories(target)
            } else {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING)
            }
        }
    }
}

// dev.yaml's bucket exists in a dev account. The plugin's createBucket sends a us-west-2 location
// constraint, which S3Proxy's in-memory store refuses, so create it here: a PUT signed with AWS
// signature v2 (S3Proxy accepts v2 or v4) and the local server's keys.
String bucket = new File(basedir, 'src/main/cloudformation/environments/dev.yaml').readLines()
        .find { it.startsWith('bucket:') }.substring('bucket:'.length()).trim()
def format = new SimpleDateFormat('EEE, dd MMM yyyy HH:mm:ss zzz', Locale.US)
format.setTimeZone(TimeZone.getTimeZone('GMT'))
String date = format.format(new Date())
Mac mac = Mac.getInstance('HmacSHA1')
mac.init(new SecretKeySpec('local-secret-key'.getBytes('UTF-8'), 'HmacSHA1'))
String signature = Base64.encoder.encodeToString(mac.doFinal("PUT\n\n\n${date}\n/${bucket}".getBytes('UTF-8')))
HttpURLConnection put = (HttpURLConnection) new URL("${s3Endpoint}/${bucket}").openConnection()
put.requestMethod = 'PUT'
put.setRequestProperty('Date', date)
put.setRequestProperty('Authorization', "AWS local-access-key:${signature}")
put.doOutput = true
put.setFixedLengthStreamingMode(0)
put.outputStream.close()
int status = put.responseCode
// 409: an earlier run of this IT in the same endpoint already made it.
assert status == 200 || status == 409: "creating bucket ${bucket} on ${s3Endpoint}: HTTP ${status} ${put.errorStream?.text}"
println "Created bucket ${bucket} on ${s3Endpoint} (HTTP ${status})"
return true
