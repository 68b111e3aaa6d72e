package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsErrors;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.RegionCheck;
import dev.collabinfra.aws.S3ArtifactStore;
import dev.collabinfra.aws.SdkLogging;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.bundle.BundleUploader;
import dev.collabinfra.bundle.GitCommit;
import dev.collabinfra.bundle.UploadTarget;
import dev.collabinfra.core.UserException;
import dev.collabinfra.environment.ResolvedEnvironment;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Goals that talk to AWS for one environment ({@code upload}, and {@code deploy} after it): the
 * connection settings, the upload target and the shared upload step.
 */
public abstract class AbstractAwsMojo extends AbstractBundleMojo {

    /**
     * The environment: settings from {@code environments/<env>.yaml} next to the templates (a
     * project without environment files takes any name and uses the POM and command line alone);
     * outputs go to {@code target/collab-infra/<env>/}.
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

    /**
     * The id of a {@code <server>} in {@code settings.xml} holding static credentials: username is
     * the access key id, password the secret access key (Maven-encrypted passwords work).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SERVER_ID)
    protected String serverId;

    /**
     * Puts the AWS SDK's HTTP wire log and SigV4 canonical requests into the {@code -X} output.
     * They print every request and response whole: access keys' signatures, session tokens,
     * NoEcho parameter values, outputs. Only for debugging a connection; never in a shared log.
     *
     * @since 0.1.0
     */
    @Parameter(property = SdkLogging.WIRE_PROPERTY, defaultValue = "false")
    protected boolean debugWirePrintsSecrets;

    @Component
    protected SettingsDecrypter settingsDecrypter;

    private ResolvedEnvironment resolvedEnvironment;

    /**
     * The environment: command line over {@code environments/<env>.yaml} over the POM. Without a
     * file in the project, the POM and command line alone.
     */
    protected ResolvedEnvironment environment() {
        if (resolvedEnvironment == null) {
            resolvedEnvironment = Environments.resolve(this);
        }
        return resolvedEnvironment;
    }

    /** How to reach AWS for this environment: region, endpoint and profile, static keys from serverId, the role to assume. */
    protected AwsSettings awsSettings() {
        ResolvedEnvironment resolved = environment();
        String resolvedRegion = resolved.environment().region().orElse(null);
        RegionCheck.requireKnown(resolvedRegion);
        ServerCredentials.Keys keys = ServerCredentials.of(session == null ? null : session.getSettings(), settingsDecrypter, serverId);
        if (getLog().isDebugEnabled()) {
            java.util.List<String> stillLoud = SdkLogging.apply(debugWirePrintsSecrets);
            if (stillLoud.isEmpty()) {
                getLog().debug(SdkLogging.note(debugWirePrintsSecrets, stillLoud));
            } else {
                getLog().warn(SdkLogging.note(debugWirePrintsSecrets, stillLoud));
            }
        }
        return new AwsSettings(resolvedRegion, endpointUri(resolved.endpoint().orElse(null)), resolved.profile().orElse(null),
                keys == null ? null : keys.accessKeyId(), keys == null ? null : keys.secretAccessKey(), blankToNull(assumeRoleArn),
                debugWirePrintsSecrets);
    }

    /**
     * The one place that decides where artifacts go: bucket and prefix of the environment (command
     * line, environment file, POM); the prefix defaults to the artifactId.
     *
     * @param resolvedRegion the region the clients use (this Mojo's, or the SDK chain's)
     */
    protected UploadTarget resolveUploadTarget(String resolvedRegion) {
        ResolvedEnvironment resolved = environment();
        return new UploadTarget(resolved.environment().bucket().orElse(null),
                resolved.environment().prefix().orElse(project.getArtifactId()), resolvedRegion,
                endpointUri(resolved.endpoint().orElse(null)));
    }

    /** Renders and uploads the bundle for this environment, writing the outputs under target/collab-infra/ENV/. */
    protected BundleUpload.Result upload(AwsClients clients) {
        return upload(clients, resolveBundle());
    }

    /** Renders and uploads a bundle already resolved (deploy keeps it to find nested templates). */
    protected BundleUpload.Result upload(AwsClients clients, dev.collabinfra.bundle.Bundle bundle) {
        UploadTarget target = resolveUploadTarget(clients.region());
        S3ArtifactStore store = new S3ArtifactStore(clients.s3(), new S3ArtifactStore.Settings(target.bucket(), target.region(),
                blankToNull(kmsKeyId), blankToNull(bucketOwner), target.endpoint() != null), progress());
        String where = "region " + target.region() + (target.endpoint() == null ? "" : ", endpoint " + target.endpoint());
        // S3 failures (bad credentials, a 403 on HeadBucket, an unreachable endpoint) get the same fix-it messages as deploy's.
        return AwsErrors.translating("S3", where, () -> {
            try {
                return new BundleUpload(store, progress()).run(bundle, target,
                        new BundleUpload.Options(environment().createBucket(), forceUpload, metadata(), BundleUploader.DEFAULT_PARALLELISM),
                        environmentDirectory().toPath());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** {@code target/collab-infra/<env>}. */
    protected File environmentDirectory() {
        if (env == null || !env.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new UserException("Environment name '" + env + "' (-Denv) must be letters, digits, '.', '_' or '-'");
        }
        return new File(project.getBuild().getDirectory(), "collab-infra/" + env);
    }

    /** POM-level settings under the environment file (the {@code -D} values reach these fields too, and win anyway). */
    protected Map<String, String> pomSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        putIfSet(settings, "region", region);
        putIfSet(settings, "bucket", bucket);
        putIfSet(settings, "prefix", prefix);
        putIfSet(settings, "endpoint", endpoint);
        putIfSet(settings, "profile", profile);
        settings.put("createBucket", Boolean.toString(createBucket));
        return settings;
    }

    /** POM-level template parameters; only the stack goals have them. */
    protected Map<String, String> pomParameters() {
        return Map.of();
    }

    /** POM-level stack tags; only the stack goals have them. */
    protected Map<String, String> pomTags() {
        return Map.of();
    }

    static void putIfSet(Map<String, String> settings, String key, String value) {
        if (value != null && !value.isBlank()) {
            settings.put(key, value.strip());
        }
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

    private static URI endpointUri(String endpoint) {
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
