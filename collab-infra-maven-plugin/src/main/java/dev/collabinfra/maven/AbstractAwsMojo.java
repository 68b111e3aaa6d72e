package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.S3ArtifactStore;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.bundle.BundleUploader;
import dev.collabinfra.bundle.GitCommit;
import dev.collabinfra.bundle.UploadTarget;
import dev.collabinfra.core.UserException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that talk to AWS for one environment ({@code upload}, and {@code deploy} after it): the
 * connection settings, the upload target and the shared upload step.
 */
public abstract class AbstractAwsMojo extends AbstractBundleMojo {

    /**
     * The environment: outputs go to {@code target/collab-infra/<env>/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ENV, defaultValue = "default")
    protected String env;

    /**
     * The S3 bucket for nested templates and code.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUCKET)
    protected String bucket;

    /**
     * Key prefix in the bucket; defaults to the project's artifactId.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.KEY_PREFIX)
    protected String prefix;

    /**
     * The AWS region; defaults to the SDK's chain ({@code AWS_REGION}, the profile's region).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.REGION)
    protected String region;

    /**
     * Endpoint override for every AWS service (a local S3 or CloudFormation); uploads then use path-style URLs.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ENDPOINT)
    protected String endpoint;

    /**
     * Named profile from {@code ~/.aws/config}; without it the SDK's default credentials chain is used.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PROFILE)
    protected String profile;

    /**
     * A role to assume through STS before calling AWS.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ASSUME_ROLE_ARN)
    protected String assumeRoleArn;

    /**
     * Create the bucket when it does not exist (versioned, encrypted, public access blocked, TLS only,
     * noncurrent versions expired after 30 days).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CREATE_BUCKET, defaultValue = "false")
    protected boolean createBucket;

    /**
     * Upload every object even when its key already exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FORCE_UPLOAD, defaultValue = "false")
    protected boolean forceUpload;

    /**
     * KMS key id or ARN for SSE-KMS; without it objects are encrypted with SSE-S3 (AES256).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.KMS_KEY_ID)
    protected String kmsKeyId;

    /**
     * Account id that must own the bucket ({@code ExpectedBucketOwner}); a bucket of another account is refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUCKET_OWNER)
    protected String bucketOwner;

    /**
     * The commit recorded in the uploaded objects' metadata; defaults to the one {@code .git} is at.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.COMMIT)
    protected String commit;

    /** How to reach AWS; static keys from a settings.xml server can be added here by deploy's serverId. */
    protected AwsSettings awsSettings() {
        return new AwsSettings(blankToNull(region), endpointUri(), blankToNull(profile), null, null, blankToNull(assumeRoleArn));
    }

    /**
     * The one place that decides where artifacts go. Today the POM and {@code -D} properties; the
     * environment file plugs in here (values it gives fill what the properties leave empty).
     *
     * @param resolvedRegion the region the clients use (this Mojo's, or the SDK chain's)
     */
    protected UploadTarget resolveUploadTarget(String resolvedRegion) {
        return new UploadTarget(blankToNull(bucket), prefix != null ? prefix : project.getArtifactId(), resolvedRegion, endpointUri());
    }

    /** Renders and uploads the bundle for this environment, writing the outputs under target/collab-infra/ENV/. */
    protected BundleUpload.Result upload(AwsClients clients) {
        UploadTarget target = resolveUploadTarget(clients.region());
        S3ArtifactStore store = new S3ArtifactStore(clients.s3(), new S3ArtifactStore.Settings(target.bucket(), target.region(),
                blankToNull(kmsKeyId), blankToNull(bucketOwner), target.endpoint() != null), progress());
        try {
            return new BundleUpload(store, progress()).run(resolveBundle(), target,
                    new BundleUpload.Options(createBucket, forceUpload, metadata(), BundleUploader.DEFAULT_PARALLELISM),
                    environmentDirectory().toPath());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code target/collab-infra/<env>}. */
    protected File environmentDirectory() {
        if (env == null || !env.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new UserException("Environment name '" + env + "' (-Denv) must be letters, digits, '.', '_' or '-'");
        }
        return new File(project.getBuild().getDirectory(), "collab-infra/" + env);
    }

    private Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("project", project.getGroupId() + ":" + project.getArtifactId());
        metadata.put("project-version", project.getVersion());
        String sha = commit != null && !commit.isBlank() ? commit : GitCommit.of(project.getBasedir().toPath()).orElse(null);
        if (sha != null) {
            metadata.put("git-commit", sha);
        }
        return metadata;
    }

    private URI endpointUri() {
        String value = blankToNull(endpoint);
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UserException("Endpoint '" + value + "' (-D" + PropertyNames.ENDPOINT + ") is not a URL; use e.g. http://127.0.0.1:9000");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
