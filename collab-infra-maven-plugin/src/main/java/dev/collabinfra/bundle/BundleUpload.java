package dev.collabinfra.bundle;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The upload step that {@code upload} and {@code deploy} share: render the bundle for a target,
 * make sure the bucket exists, send what is missing, and write the rendered main template
 * ({@code main.packaged.yaml} or {@code .json}) and {@code upload-report.json} to the
 * environment's output directory.
 */
public final class BundleUpload {

    /**
     * How to upload.
     *
     * @param metadata S3 object metadata put on every new object (project version, commit)
     */
    public record Options(boolean createBucket, boolean forceUpload, Map<String, String> metadata, int parallelism) {

        public Options {
            metadata = Map.copyOf(metadata);
        }
    }

    /** What the step did, and where it wrote the rendered main template and the report. */
    public record Result(RenderedBundle rendered, UploadReport report, Path packagedTemplate, Path reportFile) {}

    private final ArtifactStore store;
    private final ProgressListener listener;

    public BundleUpload(ArtifactStore store, ProgressListener listener) {
        this.store = store;
        this.listener = listener;
    }

    public Result run(Bundle bundle, UploadTarget target, Options options, Path outputDir) throws IOException {
        RenderedBundle rendered = new BundleRenderer(target).render(bundle);
        store.ensureBucket(options.createBucket());
        UploadReport report = new BundleUploader(store, options.parallelism(), listener)
                .upload(rendered.artifacts(), options.forceUpload(), options.metadata());
        Files.createDirectories(outputDir);
        String extension = rendered.mainFormat() == Template.Format.JSON ? "json" : "yaml";
        Path packaged = outputDir.resolve("main.packaged." + extension);
        Files.write(packaged, rendered.mainBytes());
        Path reportFile = outputDir.resolve("upload-report.json");
        Files.write(reportFile, report.toJson(target));
        listener.info("Uploaded " + report.uploaded().size() + " object(s) to s3://" + target.bucket() + "/"
                + target.prefix() + ", " + report.alreadyPresent().size() + " already there; rendered main template: "
                + packaged + rendered.mainTemplateUrl().map(u -> " (too large to send inline, deploy uses " + u + ")").orElse(""));
        return new Result(rendered, report, packaged, reportFile);
    }
}
