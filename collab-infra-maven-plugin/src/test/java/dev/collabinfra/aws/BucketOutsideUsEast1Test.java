package dev.collabinfra.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.testendpoint.LocalS3;
import dev.collabinfra.testendpoint.LocalS3Extension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code createBucket=true} in a region other than us-east-1, on the wire: the plugin's S3 client
 * talks to S3Proxy through {@link RecordingS3PassThrough}, which records every request. The
 * CreateBucket names the region as its LocationConstraint (S3 refuses a bucket outside us-east-1
 * without one), then come the hardening calls in order, each reaching the real bucket in S3Proxy:
 * public access block, versioning, AES256 default encryption, the TLS-only policy with the
 * region's partition, the lifecycle rule. In us-east-1 no location is sent (S3 refuses it there).
 */
@ExtendWith(LocalS3Extension.class)
class BucketOutsideUsEast1Test {

    @Test
    void aBucketInEuWest1IsCreatedWithItsLocationConstraintThenHardened(LocalS3 s3) throws Exception {
        String bucket = "eu-artifacts-" + ProcessHandle.current().pid();
        List<RecordingS3PassThrough.Request> sent = create(s3, bucket, "eu-west-1");

        RecordingS3PassThrough.Request create = sent.stream().filter(r -> r.method().equals("PUT") && r.path().equals("/" + bucket)
                && r.query() == null).findFirst().orElseThrow();
        assertThat(create.body()).contains("<CreateBucketConfiguration", "<LocationConstraint>eu-west-1</LocationConstraint>");
        // In this order; S3Proxy answers some with 500/501, which the SDK retries, so a call may appear more than once.
        assertThat(sent.stream().filter(r -> r.method().equals("PUT") && r.query() != null).map(RecordingS3PassThrough.Request::subresource)
                .distinct()).containsExactly("publicAccessBlock", "versioning", "encryption", "policy", "lifecycle");
        assertThat(body(sent, "publicAccessBlock")).contains("<BlockPublicAcls>true</BlockPublicAcls>",
                "<IgnorePublicAcls>true</IgnorePublicAcls>", "<BlockPublicPolicy>true</BlockPublicPolicy>",
                "<RestrictPublicBuckets>true</RestrictPublicBuckets>");
        assertThat(body(sent, "versioning")).contains("<Status>Enabled</Status>");
        assertThat(body(sent, "encryption")).contains("<SSEAlgorithm>AES256</SSEAlgorithm>");
        assertThat(body(sent, "policy")).contains("\"aws:SecureTransport\":\"false\"", "arn:aws:s3:::" + bucket + "/*");
        assertThat(body(sent, "lifecycle")).contains("<NoncurrentDays>" + BucketCreator.NONCURRENT_DAYS + "</NoncurrentDays>");
        // The bucket exists in S3Proxy: the calls after CreateBucket went to a real bucket.
        try (AwsClients direct = clients(s3, s3.endpoint(), "us-east-1")) {
            direct.s3().headBucket(b -> b.bucket(bucket));
        }
    }

    @Test
    void inUsEast1NoLocationConstraintIsSent(LocalS3 s3) throws Exception {
        String bucket = "us-artifacts-" + ProcessHandle.current().pid();
        List<RecordingS3PassThrough.Request> sent = create(s3, bucket, "us-east-1");
        RecordingS3PassThrough.Request create = sent.stream().filter(r -> r.method().equals("PUT") && r.path().equals("/" + bucket)
                && r.query() == null).findFirst().orElseThrow();
        assertThat(create.body()).doesNotContain("LocationConstraint");
    }

    private static List<RecordingS3PassThrough.Request> create(LocalS3 s3, String bucket, String region) throws Exception {
        try (AwsClients direct = clients(s3, s3.endpoint(), "us-east-1");
                RecordingS3PassThrough pass = new RecordingS3PassThrough(s3.endpoint(), name -> direct.s3().createBucket(b -> b.bucket(name)));
                AwsClients plugin = clients(s3, pass.endpoint(), region)) {
            new S3ArtifactStore(plugin.s3(), new S3ArtifactStore.Settings(bucket, region, null, null, true), ProgressListener.silent())
                    .ensureBucket(true);
            return pass.requests();
        }
    }

    private static String body(List<RecordingS3PassThrough.Request> sent, String subresource) {
        return sent.stream().filter(r -> r.method().equals("PUT") && r.subresource().equals(subresource)).findFirst().orElseThrow().body();
    }

    private static AwsClients clients(LocalS3 s3, java.net.URI endpoint, String region) {
        return new AwsClients(new AwsSettings(region, endpoint, null, LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY, null));
    }
}
