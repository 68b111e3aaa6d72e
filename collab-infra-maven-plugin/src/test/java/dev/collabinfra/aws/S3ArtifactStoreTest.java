package dev.collabinfra.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.bundle.Artifact;
import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleFixture;
import dev.collabinfra.bundle.BundleResolver;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.bundle.UploadTarget;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.template.TemplateParser;
import dev.collabinfra.testendpoint.LocalS3;
import dev.collabinfra.testendpoint.LocalS3Extension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Uploading a rendered bundle to a real (local) S3 server through the real SDK. */
@ExtendWith(LocalS3Extension.class)
class S3ArtifactStoreTest {

    private static final AtomicInteger BUCKETS = new AtomicInteger();

    @TempDir
    Path dir;

    private final RecordingInterceptor wire = new RecordingInterceptor();
    private AwsClients clients;
    private String bucket;

    @BeforeEach
    void setUp(LocalS3 s3) {
        clients = new AwsClients(new AwsSettings("us-east-1", s3.endpoint(), null, LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY, null),
                List.of(wire));
        bucket = "upload-test-" + ProcessHandle.current().pid() + "-" + BUCKETS.incrementAndGet();
    }

    @AfterEach
    void tearDown() {
        clients.close();
    }

    private BundleUpload.Result upload(LocalS3 s3, String kmsKeyId, String owner, boolean create, boolean force) throws Exception {
        Path project = dir.resolve("project");
        if (!Files.exists(project)) {
            BundleFixture.copy("nested", project);
        }
        Bundle bundle = new BundleResolver(new TemplateParser(), project).resolve(BundleFixture.main(project));
        UploadTarget target = new UploadTarget(bucket, "templates", "us-east-1", s3.endpoint());
        S3ArtifactStore store = new S3ArtifactStore(clients.s3(), new S3ArtifactStore.Settings(bucket, "us-east-1", kmsKeyId, owner, true),
                ProgressListener.silent());
        return new BundleUpload(store, ProgressListener.silent())
                .run(bundle, target, new BundleUpload.Options(create, force, Map.of("collab-infra-version", "1.2.3"), 4),
                        dir.resolve("out"));
    }

    @Test
    void firstUploadSendsEveryObjectEncryptedSecondSendsNothingForceSendsAllAgain(LocalS3 s3) throws Exception {
        clients.s3().createBucket(b -> b.bucket(bucket));

        BundleUpload.Result first = upload(s3, null, null, false, false);
        List<RecordingInterceptor.Sent> firstPuts = wire.of(PutObjectRequest.class);

        // network, application, database, connect.zip, rotate.zip, layer.zip: the main template stays inline.
        assertThat(first.report().uploaded()).hasSize(6);
        assertThat(firstPuts).extracting(p -> p.http().encodedPath().replaceFirst("^/" + bucket + "/", ""))
                .containsExactlyInAnyOrderElementsOf(first.report().uploaded().stream().map(Artifact::key).toList());
        assertThat(firstPuts).allSatisfy(p -> {
            assertThat(p.header("x-amz-server-side-encryption")).isEqualTo("AES256");
            assertThat(p.header("x-amz-meta-collab-infra-version")).isEqualTo("1.2.3");
            assertThat(p.header("Content-Type")).isIn("application/x-yaml", "application/json", "application/zip");
        });
        for (Artifact artifact : first.report().uploaded()) {
            byte[] stored = clients.s3().getObjectAsBytes(g -> g.bucket(bucket).key(artifact.key())).asByteArray();
            assertThat(stored).as(artifact.key()).isEqualTo(artifact.bytes());
        }

        wire.clear();
        BundleUpload.Result second = upload(s3, null, null, false, false);
        assertThat(wire.of(PutObjectRequest.class)).as("second upload PUTs").isEmpty();
        assertThat(wire.of(HeadObjectRequest.class)).hasSize(6);
        assertThat(second.report().uploaded()).isEmpty();
        assertThat(second.report().alreadyPresent()).extracting(Artifact::key)
                .containsExactlyElementsOf(first.report().uploaded().stream().map(Artifact::key).toList());
        assertThat(Files.readString(second.packagedTemplate())).isEqualTo(Files.readString(first.packagedTemplate()));

        wire.clear();
        BundleUpload.Result forced = upload(s3, null, null, false, true);
        assertThat(wire.of(PutObjectRequest.class)).hasSize(6);
        assertThat(wire.of(HeadObjectRequest.class)).isEmpty();
        assertThat(forced.report().uploaded()).hasSize(6);
        assertThat(Files.readString(forced.reportFile())).contains("\"uploaded\"", first.report().uploaded().get(0).key());
    }

    @Test
    void kmsKeyAndBucketOwnerGoOnEveryRequest(LocalS3 s3) throws Exception {
        clients.s3().createBucket(b -> b.bucket(bucket));

        upload(s3, "alias/artifacts", "123456789012", false, false);

        assertThat(wire.of(PutObjectRequest.class)).hasSize(6).allSatisfy(p -> {
            assertThat(p.header("x-amz-server-side-encryption")).isEqualTo("aws:kms");
            assertThat(p.header("x-amz-server-side-encryption-aws-kms-key-id")).isEqualTo("alias/artifacts");
            assertThat(p.header("x-amz-expected-bucket-owner")).isEqualTo("123456789012");
        });
        assertThat(wire.of(HeadObjectRequest.class)).hasSize(6)
                .allSatisfy(h -> assertThat(h.header("x-amz-expected-bucket-owner")).isEqualTo("123456789012"));
    }

    @Test
    void everyS3ErrorNamesTheOperationAndTheBucket(LocalS3 s3) {
        S3ArtifactStore store = new S3ArtifactStore(clients.s3(), new S3ArtifactStore.Settings(bucket, "us-east-1", null, null, true),
                dev.collabinfra.core.ProgressListener.silent());
        assertThatThrownBy(() -> store.put("templates/main.yaml", new byte[] {1}, "text/yaml", java.util.Map.of()))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("S3 PutObject on s3://" + bucket + "/templates/main.yaml failed")
                .hasMessageContaining("NoSuchBucket");

        try (AwsClients unreachable = new AwsClients(new AwsSettings("us-east-1", java.net.URI.create("http://127.0.0.1:9"), null,
                LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY, null))) {
            S3ArtifactStore away = new S3ArtifactStore(unreachable.s3(), new S3ArtifactStore.Settings(bucket, "us-east-1", null, null, true),
                    dev.collabinfra.core.ProgressListener.silent());
            assertThatThrownBy(() -> away.ensureBucket(false)).isInstanceOf(UserException.class)
                    .hasMessageStartingWith("S3 HeadBucket on bucket " + bucket + ": Cannot connect to S3");
            assertThatThrownBy(() -> away.exists("a/key")).isInstanceOf(UserException.class)
                    .hasMessageStartingWith("S3 HeadObject on s3://" + bucket + "/a/key");
        }
        try (AwsClients wrongKey = new AwsClients(new AwsSettings("us-east-1", s3.endpoint(), null, LocalS3.ACCESS_KEY, "wrong-secret", null))) {
            clients.s3().createBucket(b -> b.bucket(bucket));
            S3ArtifactStore denied = new S3ArtifactStore(wrongKey.s3(), new S3ArtifactStore.Settings(bucket, "us-east-1", null, null, true),
                    dev.collabinfra.core.ProgressListener.silent());
            assertThatThrownBy(() -> denied.put("k", new byte[] {1}, "text/plain", java.util.Map.of())).isInstanceOf(UserException.class)
                    .hasMessageContaining("PutObject").hasMessageContaining(bucket);
        }
    }

    @Test
    void missingBucketFailsWithTheFix(LocalS3 s3) {
        assertThatThrownBy(() -> upload(s3, null, null, false, false))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("S3 bucket " + bucket + " does not exist")
                .hasMessageContaining("-Dcollab-infra.createBucket=true");
        assertThat(wire.of(PutObjectRequest.class)).isEmpty();
    }
}
