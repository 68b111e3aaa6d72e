package dev.collabinfra.maven;

import dev.collabinfra.goals.PackageGoal;
import dev.collabinfra.goals.PackageSettings;
import dev.collabinfra.goals.PropertyNames;
import java.io.File;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Validates exactly as {@code validate} does, then packages the main template, its nested
 * templates and local Lambda code into an environment-independent bundle
 * ({@code target/collab-infra/bundle/} with a {@code manifest.json} of SHA-256 hashes and the
 * nesting tree), zipped reproducibly and attached with classifier {@code cloudformation}, so
 * {@code mvn deploy} publishes exactly what was checked. A template set that fails validation is
 * never bundled.
 *
 * @since 0.1.0
 */
@Mojo(name = PackageGoal.NAME, defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractCollabInfraMojo {

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

    // The validation group, as validate declares it (ParameterDocsTest keeps them equal).

    /**
     * The least serious finding that fails the build: {@code error}, {@code warning}, {@code info},
     * or {@code none} to only report.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_ON, defaultValue = "error")
    private String failOn;

    /**
     * Rule ids never to report, in every template. A prefix silences a family: {@code W} every
     * warning, {@code E30} every E30xx rule. On the command line, comma-separated:
     * {@code -Dcollab-infra.ignoreRules=W2001,W3005}. To silence a rule in one template or on one
     * resource, use {@code Metadata: cfn-lint: config: ignore_checks: [W2001]} as with cfn-lint.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.IGNORE_RULES)
    private List<String> ignoreRules;

    /**
     * Lets the build pass when the template directory holds no template. By default a directory
     * without templates fails the build, since it usually means a wrong {@code templates} path.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_ALLOW_EMPTY, defaultValue = "false")
    private boolean allowEmpty;

    /**
     * Where the reports go: {@code validate.sarif} (SARIF 2.1.0, for code scanning) and
     * {@code TEST-collab-infra-validate.xml} (JUnit XML, for CI test dashboards).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/collab-infra")
    private File outputDirectory;

    /**
     * A CloudFormation resource specification to validate against instead of the bundled one
     * (AWS's {@code CloudFormationResourceSpecification.json}, plain or gzipped), for resource types
     * newer than the plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SPEC_FILE)
    private File specFile;

    @Inject
    public PackageMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    protected String goal() {
        return PackageGoal.NAME;
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
    protected void doExecute() {
        PackageGoal.Result packaged = new PackageGoal(context()).run(new PackageSettings(
                validateSettings(failOn, ignoreRules, allowEmpty, outputDirectory, specFile), bundleDirectory.toPath(), bundleFile.toPath()));
        projectHelper.attachArtifact(project, "zip", CLASSIFIER, bundleFile);
        getLog().info("Packaged " + packaged.bundle().templates().size() + " template(s) and " + packaged.codeArchives()
                + " code archive(s) into " + bundleFile.getName() + " (attached with classifier " + CLASSIFIER + ")");
    }
}
