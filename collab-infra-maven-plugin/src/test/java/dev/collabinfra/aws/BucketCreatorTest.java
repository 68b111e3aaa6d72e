package dev.collabinfra.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.testendpoint.LocalS3;
import dev.collabinfra.testendpoint.LocalS3Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.PutBucketEncryptionRequest;
import software.amazon.awssdk.services.s3.model.PutBucketLifecycleConfigurationRequest;
import software.amazon.awssdk.services.s3.model.PutBucketPolicyRequest;
import software.amazon.awssdk.services.s3.model.PutBucketVersioningRequest;
import software.amazon.awssdk.services.s3.model.PutPublicAccessBlockRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/**
 * {@code createBucket=true} against S3Proxy: each setting is read back with its Get call where the
 * server supports it; where it does not, the test says so and asserts the Put request on the wire.
 */
@ExtendWith(LocalS3Extension.class)
class BucketCreatorTest {

    private final RecordingInterceptor wire = new RecordingInterceptor();
    private final List<String> warnings = new ArrayList<>();
    private AwsClients clients;

    @BeforeEach
    void setUp(LocalS3 s3) {
        clients = new AwsClients(new AwsSettings("us-east-1", s3.endpoint(), null, LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY, null),
                List.of(wire));
    }

    @AfterEach
    void tearDown() {
        clients.close();
    }

    @Test
    void onRealS3ARejectedSettingFailsTheBuildInsteadOfLeavingAnUnhardenedBucket() {
        String bucket = "strict-" + ProcessHandle.current().pid();
        S3ArtifactStore strict = new S3ArtifactStore(clients.s3(),
                new S3ArtifactStore.Settings(bucket, "us-east-1", null, null, false), ProgressListener.silent());

        assertThatThrownBy(() -> strict.ensureBucket(true)).isInstanceOf(dev.collabinfra.core.UserException.class)
                .hasMessageContaining("PutPublicAccessBlock on bucket " + bucket).hasCauseInstanceOf(S3Exception.class);
        assertThat(wire.of(PutBucketVersioningRequest.class)).isEmpty();
    }

    private S3ArtifactStore store(String bucket, String kmsKeyId) {
        ProgressListener listener = new ProgressListener() {
            @Override public void info(String message) {}
            @Override public void detail(String message) {}
            @Override public void warn(String message) { warnings.add(message); }
            @Override public void error(String message) {}
        };
        return new S3ArtifactStore(clients.s3(), new S3ArtifactStore.Settings(bucket, "us-east-1", kmsKeyId, null, true), listener);
    }

    @Test
    void createBucketCreatesAHardenedBucket() {
        String bucket = "created-" + ProcessHandle.current().pid();

        store(bucket, null).ensureBucket(true);

        clients.s3().headBucket(b -> b.bucket(bucket));
        var s3 = clients.s3();
        readBackOrWire("versioning", () -> s3.getBucketVersioning(g -> g.bucket(bucket)).status(),
                status -> assertThat(status).isEqualTo(BucketVersioningStatus.ENABLED),
                PutBucketVersioningRequest.class,
                r -> assertThat(((PutBucketVersioningRequest) r).versioningConfiguration().status()).isEqualTo(BucketVersioningStatus.ENABLED));
        readBackOrWire("default encryption", () -> s3.getBucketEncryption(g -> g.bucket(bucket)).serverSideEncryptionConfiguration().rules(),
                rules -> assertThat(rules).extracting(rule -> rule.applyServerSideEncryptionByDefault().sseAlgorithm())
                        .containsExactly(ServerSideEncryption.AES256),
                PutBucketEncryptionRequest.class,
                r -> assertThat(((PutBucketEncryptionRequest) r).serverSideEncryptionConfiguration().rules())
                        .extracting(rule -> rule.applyServerSideEncryptionByDefault().sseAlgorithm())
                        .containsExactly(ServerSideEncryption.AES256));
        readBackOrWire("public access block", () -> s3.getPublicAccessBlock(g -> g.bucket(bucket)).publicAccessBlockConfiguration(),
                BucketCreatorTest::assertAllBlocked,
                PutPublicAccessBlockRequest.class,
                r -> assertAllBlocked(((PutPublicAccessBlockRequest) r).publicAccessBlockConfiguration()));
        readBackOrWire("TLS-only policy", () -> s3.getBucketPolicy(g -> g.bucket(bucket)).policy(),
                BucketCreatorTest::assertTlsOnly,
                PutBucketPolicyRequest.class,
                r -> assertTlsOnly(((PutBucketPolicyRequest) r).policy()));
        readBackOrWire("lifecycle", () -> s3.getBucketLifecycleConfiguration(g -> g.bucket(bucket)).rules(),
                BucketCreatorTest::assertExpiresNoncurrent,
                PutBucketLifecycleConfigurationRequest.class,
                r -> assertExpiresNoncurrent(((PutBucketLifecycleConfigurationRequest) r).lifecycleConfiguration().rules()));
    }

    @Test
    void createBucketWithKmsKeySetsKmsDefaultEncryption() {
        String bucket = "created-kms-" + ProcessHandle.current().pid();

        store(bucket, "arn:aws:kms:us-east-1:123456789012:key/abc").ensureBucket(true);

        List<RecordingInterceptor.Sent> puts = wire.of(PutBucketEncryptionRequest.class);
        assertThat(puts).hasSize(1);
        ServerSideEncryptionRule rule = ((PutBucketEncryptionRequest) puts.get(0).request())
                .serverSideEncryptionConfiguration().rules().get(0);
        assertThat(rule.applyServerSideEncryptionByDefault().sseAlgorithm()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(rule.applyServerSideEncryptionByDefault().kmsMasterKeyID()).isEqualTo("arn:aws:kms:us-east-1:123456789012:key/abc");
        assertThat(rule.bucketKeyEnabled()).isTrue();
    }

    @Test
    void existingBucketIsLeftAsItIs() {
        String bucket = "existing-" + ProcessHandle.current().pid();
        clients.s3().createBucket(b -> b.bucket(bucket));
        wire.clear();

        store(bucket, null).ensureBucket(true);

        assertThat(wire.of(PutBucketVersioningRequest.class)).isEmpty();
        assertThat(wire.of(PutBucketPolicyRequest.class)).isEmpty();
    }

    private <T> void readBackOrWire(String setting, Supplier<T> get, java.util.function.Consumer<T> check,
            Class<? extends software.amazon.awssdk.core.SdkRequest> putType,
            java.util.function.Consumer<software.amazon.awssdk.core.SdkRequest> checkPut) {
        List<RecordingInterceptor.Sent> puts = wire.of(putType);
        assertThat(puts).as(setting + " request sent").hasSize(1);
        checkPut.accept(puts.get(0).request());
        String operation = putType.getSimpleName().replace("Request", "");
        boolean rejected = warnings.stream().anyMatch(w -> w.contains("rejected " + operation + " "));
        if (rejected) {
            // S3Proxy's transient store lacks this bucket sub-resource: the plugin warned, and the request
            // on the wire (checked above) is what can be asserted.
            System.out.println("BucketCreatorTest: SKIPPED read-back of " + setting + ": S3Proxy rejected " + operation
                    + "; asserted the request sent on the wire instead");
            return;
        }
        check.accept(get.get());
        System.out.println("BucketCreatorTest: " + setting + " read back from S3Proxy and checked");
    }

    private static void assertAllBlocked(PublicAccessBlockConfiguration c) {
        assertThat(List.of(c.blockPublicAcls(), c.ignorePublicAcls(), c.blockPublicPolicy(), c.restrictPublicBuckets()))
                .containsOnly(true);
    }

    private static void assertTlsOnly(String policy) {
        assertThat(policy).contains("\"Effect\":\"Deny\"", "\"aws:SecureTransport\":\"false\"",
                "arn:aws:s3:::created-", "\"Action\":\"s3:*\"");
    }

    private static void assertExpiresNoncurrent(List<LifecycleRule> rules) {
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).status()).isEqualTo(ExpirationStatus.ENABLED);
        assertThat(rules.get(0).noncurrentVersionExpiration().noncurrentDays()).isEqualTo(BucketCreator.NONCURRENT_DAYS);
    }
}
