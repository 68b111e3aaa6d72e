package dev.collabinfra.maven;

import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleWriter;
import java.io.File;
import java.io.IOException;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Packages the main template, its nested templates and local Lambda code into an
 * environment-independent bundle ({@code target/collab-infra/bundle/} with a {@code manifest.json}
 * of SHA-256 hashes and the nesting tree), zipped reproducibly and attached with classifier
 * {@code cloudformation}, so {@code mvn deploy} publishes exactly what {@code verify} checked.
 *
 * @since 0.1.0
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractBundleMojo {

    /** Classifier of the attached bundle zip. */
    public static final String CLASSIFIER = "cloudformation";

    private final MavenProjectHelper projectHelper;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_SKIP, defaultValue = "false")
    private boolean skipPackage;

    /**
     * Where the unpacked bundle is written; it is emptied first.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/collab-infra/bundle")
    private File bundleDirectory;

    /**
     * The bundle zip, attached to the project with classifier {@code cloudformation}.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/${project.artifactId}-${project.version}-cloudformation.zip")
    private File bundleFile;

    @Inject
    public PackageMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    protected String goal() {
        return "package";
    }

    @Override
    protected boolean isGoalSkipped() {
        return skipPackage;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.PACKAGE_SKIP;
    }

    @Override
    protected void doExecute() throws MojoExecutionException {
        Bundle bundle = resolveBundle();
        try {
            BundleWriter.write(bundle, bundleDirectory.toPath(), bundleFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the bundle to " + bundleDirectory + ": " + e.getMessage(), e);
        }
        projectHelper.attachArtifact(project, "zip", CLASSIFIER, bundleFile);
        getLog().info("Packaged " + bundle.templates().size() + " template(s) and "
                + (bundle.files().size() - bundle.templates().size()) + " code archive(s) into " + bundleFile.getName() + " (attached with classifier " + CLASSIFIER + ")");
    }
}
