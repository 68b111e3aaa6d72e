package dev.collabinfra.goals;

import dev.collabinfra.aws.AwsErrors;
import dev.collabinfra.aws.S3ArtifactStore;
import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.bundle.BundleUploader;
import dev.collabinfra.bundle.GitCommit;
import dev.collabinfra.bundle.UploadTarget;
import dev.collabinfra.deploy.BundleTemplates;
import dev.collabinfra.deploy.RenderedTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code upload} goal, and step one of {@code plan} and {@code deploy}: validate exactly as
 * {@code validate} does, resolve and check the environment offline, then render the bundle for it
 * and upload nested templates and code, content-addressed, so nothing already in the bucket is sent
 * again. Writes {@code main.packaged.yaml} and {@code upload-report.json} under
 * {@code target/collab-infra/<env>/}.
 */
public final class UploadGoal {

    /** The goal's name. */
    public static final String NAME = "upload";

    private final GoalContext context;

    public UploadGoal(GoalContext context) {
        this.context = context;
    }

    public BundleUpload.Result run(UploadSettings settings) {
        new ValidateGoal(context).beforeDeploy(NAME, settings.validation());
        try (AwsSession session = AwsSession.open(context, settings.environment(), settings.access(), settings.validation().specFile())) {
            return upload(session, settings, PackageGoal.resolveBundle(settings.environment().project(), settings.environment().sources(), context.out()));
        }
    }

    /** Validation and upload for {@code plan} and {@code deploy}, on their session; the rendered templates for the change set. */
    RenderedTemplates validateAndUpload(String goal, AwsSession session, UploadSettings settings) {
        Bundle bundle = PackageGoal.resolveBundle(settings.environment().project(), settings.environment().sources(), context.out());
        BundleUpload.Result uploaded = upload(session, settings, bundle);
        return new BundleTemplates(bundle, uploaded.rendered());
    }

    private BundleUpload.Result upload(AwsSession session, UploadSettings settings, Bundle bundle) {
        Project project = settings.environment().project();
        UploadTarget target = new UploadTarget(session.environment().environment().bucket().orElse(null),
                session.environment().environment().prefix().orElse(project.artifactId()), session.clients().region(), session.endpoint());
        UploadOptions options = settings.upload();
        S3ArtifactStore store = new S3ArtifactStore(session.clients().s3(), new S3ArtifactStore.Settings(target.bucket(), target.region(),
                AwsSession.blankToNull(options.kmsKeyId()), AwsSession.blankToNull(options.bucketOwner()), target.endpoint() != null),
                context.out());
        // S3 failures (bad credentials, a 403 on HeadBucket, an unreachable endpoint) get the same fix-it messages as deploy's.
        return AwsErrors.translating("S3", session.where(), () -> {
            try {
                return new BundleUpload(store, context.out()).run(bundle, target,
                        new BundleUpload.Options(session.environment().createBucket(), options.forceUpload(), metadata(project, options),
                                BundleUploader.DEFAULT_PARALLELISM),
                        session.outputDirectory(project));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Map<String, String> metadata(Project project, UploadOptions options) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("project", project.groupId() + ":" + project.artifactId());
        metadata.put("project-version", project.version());
        String sha = options.commit() != null && !options.commit().isBlank() ? options.commit()
                : GitCommit.of(project.baseDir()).orElse(null);
        if (sha != null) {
            metadata.put("git-commit", sha);
        }
        return metadata;
    }
}
