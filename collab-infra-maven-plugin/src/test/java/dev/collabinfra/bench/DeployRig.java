package dev.collabinfra.bench;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.S3ArtifactStore;
import dev.collabinfra.aws.SdkStackGateway;
import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.bundle.BundleUploader;
import dev.collabinfra.bundle.UploadTarget;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.deploy.DeployContext;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.DeployResult;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.StackDeployer;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalS3;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local S3 server and CloudFormation endpoint with the plugin's own clients, wired as the
 * upload and deploy goals wire them: real SDK over HTTP, real pauses between polls (recorded), S3
 * PUTs counted on the wire, every CloudFormation call recorded by the endpoint.
 */
final class DeployRig implements AutoCloseable {

    static final String REGION = "us-east-1";

    final LocalS3 s3;
    final LocalCloudFormation cfn;
    final PutCounter putCounter = new PutCounter();
    final PollRecorder polls = new PollRecorder();
    private final AwsClients s3Clients;
    private final AwsClients cfnClients;

    private DeployRig(LocalS3 s3, LocalCloudFormation cfn) {
        this.s3 = s3;
        this.cfn = cfn;
        this.s3Clients = new AwsClients(new AwsSettings(REGION, s3.endpoint(), null, LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY, null),
                List.of(putCounter));
        this.cfnClients = new AwsClients(new AwsSettings(REGION, cfn.endpoint(), null, "bench-key", "bench-secret", null));
    }

    /** Starts S3Proxy (a child JVM; needs {@code -Ds3proxy.jar}) and the CloudFormation endpoint. */
    static DeployRig start(Duration resourceDelay) throws Exception {
        if (System.getProperty("s3proxy.jar") == null) {
            throw new IllegalStateException("-Ds3proxy.jar is not set: run through bench/run.sh, which passes target/s3proxy/s3proxy.jar");
        }
        LocalS3 s3 = LocalS3.start();
        try {
            LocalCloudFormation cfn = LocalCloudFormation.builder().s3Endpoint(s3.endpoint()).resourceDelay(resourceDelay).start();
            return new DeployRig(s3, cfn);
        } catch (Exception e) {
            s3.close();
            throw e;
        }
    }

    UploadTarget target(String bucket, String prefix) {
        return new UploadTarget(bucket, prefix, REGION, s3.endpoint());
    }

    /** The upload step of the upload and deploy goals. */
    BundleUpload.Result upload(Bundle bundle, UploadTarget target, Path outputDir) throws Exception {
        S3ArtifactStore store = new S3ArtifactStore(s3Clients.s3(),
                new S3ArtifactStore.Settings(target.bucket(), target.region(), null, null, true), ProgressListener.silent());
        return new BundleUpload(store, ProgressListener.silent()).run(bundle, target,
                new BundleUpload.Options(true, false, Map.of("project-version", "bench"), BundleUploader.DEFAULT_PARALLELISM), outputDir);
    }

    /** The deploy core as the deploy goal runs it, with the real pauses between polls. */
    DeployResult deploy(DeployRequest request, ProgressListener out) throws InterruptedException {
        SdkStackGateway gateway = new SdkStackGateway(cfnClients.cloudFormation(), Sleeper.system(), "local endpoint " + cfn.endpoint());
        DeployContext context = new DeployContext(gateway, out, Clock.systemUTC(), polls, true, () -> UUID.randomUUID().toString());
        return new StackDeployer(context).deploy(request);
    }

    /** The CloudFormation client, for reading events after a measured run. */
    software.amazon.awssdk.services.cloudformation.CloudFormationClient cloudFormation() {
        return cfnClients.cloudFormation();
    }

    @Override
    public void close() {
        cfnClients.close();
        s3Clients.close();
        cfn.close();
        s3.close();
    }
}
