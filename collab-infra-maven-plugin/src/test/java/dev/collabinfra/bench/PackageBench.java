package dev.collabinfra.bench;

import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleRenderer;
import dev.collabinfra.bundle.BundleResolver;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.bundle.BundleWriter;
import dev.collabinfra.bundle.RenderedBundle;
import dev.collabinfra.bundle.UploadTarget;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;

/**
 * Packaging the example: resolving and hashing the bundle and writing it with its manifest and zip
 * (the package goal), rendering it for an environment (hash bottom-up, rewrite TemplateURLs), and
 * uploading it twice to the local S3 server: the second upload must send nothing.
 */
final class PackageBench {

    static final String SECTION = "Package";

    private final BenchOptions options;
    private final Report report;
    private final DeployRig rig;

    PackageBench(BenchOptions options, Report report, DeployRig rig) {
        this.options = options;
        this.report = report;
        this.rig = rig;
    }

    void run() throws Exception {
        Path main = options.exampleDir().resolve("src/main/cloudformation/main.yaml");
        BundleResolver resolver = new BundleResolver(new TemplateParser(), options.exampleDir());
        Path out = options.workDir().resolve("package");
        Measure.Timing packaging = Measure.loop(() -> {
            Bundle bundle = resolver.resolve(main);
            BundleWriter.write(bundle, out.resolve("bundle"), out.resolve("bundle.zip"));
            return bundle;
        }, options.warmups(), options.warmupMillis(), options.iterations());
        Bundle bundle = resolver.resolve(main);
        report.info(SECTION, "package: resolve + hash + manifest + zip (" + bundle.files().size() + " files)", packaging.describe());

        UploadTarget target = rig.target("bench-package", "collab-platform/dev");
        Measure.Timing rendering = Measure.loop(() -> new BundleRenderer(target).render(bundle), options.warmups(), options.warmupMillis(),
                options.iterations());
        RenderedBundle rendered = new BundleRenderer(target).render(bundle);
        report.info(SECTION, "render for an environment (" + rendered.artifacts().size() + " artifacts)", rendering.describe());

        rig.putCounter.reset();
        long start = System.nanoTime();
        BundleUpload.Result first = rig.upload(bundle, target, out.resolve("first"));
        double firstMs = (System.nanoTime() - start) / 1e6;
        int firstPuts = rig.putCounter.puts();
        report.info(SECTION, "first upload (new bucket)", Measure.format(firstMs) + " ms, " + first.report().uploaded().size() + " objects, "
                + firstPuts + " PUTs");

        rig.putCounter.reset();
        start = System.nanoTime();
        BundleUpload.Result second = rig.upload(bundle, target, out.resolve("second"));
        double secondMs = (System.nanoTime() - start) / 1e6;
        report.atMost(SECTION, "second upload sends nothing", rig.putCounter.puts(), 0, "PUTs", rig.putCounter.puts() + " PUTs, "
                + rig.putCounter.heads() + " HEADs, " + second.report().alreadyPresent().size() + " already there, "
                + Measure.format(secondMs) + " ms");
    }
}
