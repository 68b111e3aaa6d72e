package dev.collabinfra.aws;

import dev.collabinfra.core.ProgressListener;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionByDefault;

/**
 * Creates an artifact bucket the way a security review wants it: versioning on, default
 * encryption, every public access switch on, a policy that denies plain HTTP, and a lifecycle
 * rule that expires noncurrent versions (content-addressed keys are never overwritten, so old
 * versions only come from {@code forceUpload}) and stale multipart uploads.
 */
final class BucketCreator {

    /** Days a noncurrent version is kept before S3 expires it. */
    static final int NONCURRENT_DAYS = 30;

    private final S3Client s3;
    private final S3ArtifactStore.Settings settings;
    private final ProgressListener listener;

    BucketCreator(S3Client s3, S3ArtifactStore.Settings settings, ProgressListener listener) {
        this.s3 = s3;
        this.settings = settings;
        this.listener = listener;
    }

    void create() {
        String bucket = settings.bucket();
        try {
            s3.createBucket(b -> {
                b.bucket(bucket);
                // us-east-1 is the one region that rejects an explicit location constraint.
                if (!"us-east-1".equals(settings.region())) {
                    b.createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.fromValue(settings.region())));
                }
            });
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            throw AwsErrors.s3("CreateBucket", "bucket " + bucket, settings.bucketOwner(), e);
        }
        listener.info("Created S3 bucket " + bucket + " in " + settings.region());
        apply("PutPublicAccessBlock", () -> s3.putPublicAccessBlock(p -> p.bucket(bucket).publicAccessBlockConfiguration(c -> c
                .blockPublicAcls(true).ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true))));
        apply("PutBucketVersioning", () -> s3.putBucketVersioning(v -> v.bucket(bucket)
                .versioningConfiguration(c -> c.status(BucketVersioningStatus.ENABLED))));
        apply("PutBucketEncryption", () -> s3.putBucketEncryption(e -> e.bucket(bucket)
                .serverSideEncryptionConfiguration(c -> c.rules(r -> r
                        .applyServerSideEncryptionByDefault(encryption())
                        .bucketKeyEnabled(kms())))));
        apply("PutBucketPolicy", () -> s3.putBucketPolicy(p -> p.bucket(bucket).policy(tlsOnlyPolicy(bucket, settings.region()))));
        apply("PutBucketLifecycleConfiguration", () -> s3.putBucketLifecycleConfiguration(l -> l.bucket(bucket)
                .lifecycleConfiguration(c -> c.rules(r -> r
                        .id("expire-noncurrent-versions")
                        .filter(f -> f.prefix(""))
                        .status(ExpirationStatus.ENABLED)
                        .noncurrentVersionExpiration(n -> n.noncurrentDays(NONCURRENT_DAYS))
                        .abortIncompleteMultipartUpload(a -> a.daysAfterInitiation(7))))));
    }

    private boolean kms() {
        return settings.kmsKeyId() != null && !settings.kmsKeyId().isBlank();
    }

    private ServerSideEncryptionByDefault encryption() {
        return kms()
                ? ServerSideEncryptionByDefault.builder().sseAlgorithm(ServerSideEncryption.AWS_KMS).kmsMasterKeyID(settings.kmsKeyId()).build()
                : ServerSideEncryptionByDefault.builder().sseAlgorithm(ServerSideEncryption.AES256).build();
    }

    /** Denies every request that does not use TLS. */
    static String tlsOnlyPolicy(String bucket, String region) {
        String partition = region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        String arn = "arn:" + partition + ":s3:::" + bucket;
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyInsecureTransport\",\"Effect\":\"Deny\","
                + "\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"" + arn + "\",\"" + arn + "/*\"],"
                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}";
    }

    /**
     * Runs one configuration call. S3 itself supports them all, so a failure there fails the build.
     * A local S3 server may not (S3Proxy answers 500 or 501): then it is a warning, since the bucket
     * is a local one anyway.
     */
    private void apply(String operation, Runnable call) {
        try {
            call.run();
        } catch (S3Exception e) {
            if (!settings.localServer() && e.statusCode() != 501) {
                throw AwsErrors.s3(operation, "bucket " + settings.bucket(), settings.bucketOwner(), e);
            }
            listener.warn("The S3 endpoint rejected " + operation + " (" + e.statusCode() + "); bucket "
                    + settings.bucket() + " was created without that setting: configure it yourself");
        }
    }
}
