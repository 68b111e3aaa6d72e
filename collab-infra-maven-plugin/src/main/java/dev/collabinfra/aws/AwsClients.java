package dev.collabinfra.aws;

import dev.collabinfra.core.UserException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The SDK clients of one build step, all from one {@link AwsSettings}: same region, endpoint
 * override and credentials (default chain, a profile, static keys, optionally an assumed role).
 * Clients are made on first use and closed with this object; nothing is global. Retries use the
 * SDK's standard mode, which backs off on throttling and 5xx. The SDK's debug loggers that print
 * secrets are kept quiet first ({@link SdkLogging}).
 */
public final class AwsClients implements AutoCloseable {

    private final AwsSettings settings;
    private final List<ExecutionInterceptor> interceptors;
    private final List<SdkAutoCloseable> open = new ArrayList<>();
    private Region region;
    private AwsCredentialsProvider credentials;
    private S3Client s3;
    private CloudFormationClient cloudFormation;
    private StsClient sts;

    public AwsClients(AwsSettings settings) {
        this(settings, List.of());
    }

    /** @param interceptors added to every client (tests record requests on the wire with one) */
    public AwsClients(AwsSettings settings, List<ExecutionInterceptor> interceptors) {
        this.settings = settings;
        this.interceptors = List.copyOf(interceptors);
        // Before any SDK class makes its loggers: the wire log and the signer print secrets under -X.
        SdkLogging.apply(settings.debugWirePrintsSecrets());
    }

    /** The region in use: the settings' one, else the SDK's default chain. */
    public synchronized String region() {
        if (region == null) {
            if (settings.region() != null && !settings.region().isBlank()) {
                region = Region.of(settings.region());
            } else {
                try {
                    region = DefaultAwsRegionProviderChain.builder().profileName(settings.profile()).build().getRegion();
                } catch (SdkClientException e) {
                    throw new UserException("No AWS region: set -Dcollab-infra.region=REGION (or AWS_REGION, or a region "
                            + "in your AWS profile)", e);
                }
            }
        }
        return region.id();
    }

    public synchronized S3Client s3() {
        if (s3 == null) {
            var builder = configure(S3Client.builder());
            if (settings.endpoint() != null) {
                // Local S3 servers want path-style URLs and do not read the SDK's default CRC trailers.
                builder.forcePathStyle(true)
                        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            }
            s3 = track(builder.build());
        }
        return s3;
    }

    public synchronized CloudFormationClient cloudFormation() {
        if (cloudFormation == null) {
            cloudFormation = track(configure(CloudFormationClient.builder()).build());
        }
        return cloudFormation;
    }

    public synchronized StsClient sts() {
        if (sts == null) {
            sts = track(configure(StsClient.builder()).build());
        }
        return sts;
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        builder.region(Region.of(region()))
                .credentialsProvider(credentials())
                .overrideConfiguration(overrides());
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder;
    }

    private ClientOverrideConfiguration overrides() {
        ClientOverrideConfiguration.Builder config = ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD);
        interceptors.forEach(config::addExecutionInterceptor);
        return config.build();
    }

    private synchronized AwsCredentialsProvider credentials() {
        if (credentials == null) {
            AwsCredentialsProvider base = baseCredentials();
            if (settings.assumeRoleArn() != null && !settings.assumeRoleArn().isBlank()) {
                var stsBuilder = StsClient.builder().region(Region.of(region())).credentialsProvider(base)
                        .overrideConfiguration(overrides());
                if (settings.endpoint() != null) {
                    stsBuilder.endpointOverride(settings.endpoint());
                }
                StsClient roleSts = track(stsBuilder.build());
                credentials = track(StsAssumeRoleCredentialsProvider.builder()
                        .stsClient(roleSts)
                        .refreshRequest(r -> r.roleArn(settings.assumeRoleArn()).roleSessionName("collab-infra"))
                        .build());
            } else {
                credentials = base;
            }
        }
        return credentials;
    }

    private AwsCredentialsProvider baseCredentials() {
        if (settings.accessKeyId() != null && !settings.accessKeyId().isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey()));
        }
        if (settings.profile() != null && !settings.profile().isBlank()) {
            return track(ProfileCredentialsProvider.builder().profileName(settings.profile()).build());
        }
        return track(DefaultCredentialsProvider.builder().build());
    }

    private <T> T track(T resource) {
        if (resource instanceof SdkAutoCloseable closeable) {
            open.add(closeable);
        }
        return resource;
    }

    /** Closes every client and credentials provider this object made, newest first. */
    @Override
    public synchronized void close() {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        open.clear();
    }
}
