package dev.collabinfra.maven;

import dev.collabinfra.goals.PropertyNames;
import dev.collabinfra.goals.ValidateGoal;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the CloudFormation templates offline: YAML and JSON syntax, intrinsic functions,
 * references, resources, parameters, conditions and outputs. Prints each finding as
 * {@code path:line:column: SEVERITY RULE message}, writes SARIF and JUnit reports, and fails the
 * build when findings reach {@code failOn}. Runs without a project too:
 * {@code mvn dev.collabinfra:collab-infra-maven-plugin:validate -Dcollab-infra.templates=DIR_OR_FILE}.
 * After {@code package} in the same build with the same settings, it reports package's validation
 * instead of running again.
 *
 * @since 0.1.0
 */
@Mojo(name = ValidateGoal.NAME, defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractCollabInfraMojo {

    /**
     * Skips this goal only; {@code collab-infra.skip} skips every goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_SKIP, defaultValue = "false")
    private boolean validateSkip;

    // The validation group; package, upload, plan and deploy declare the same five (ParameterDocsTest keeps them equal).

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

    @Override
    protected String goal() {
        return ValidateGoal.NAME;
    }

    @Override
    protected boolean isGoalSkipped() {
        return validateSkip;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.VALIDATE_SKIP;
    }

    @Override
    protected void doExecute() {
        new ValidateGoal(context()).run(validateSettings(failOn, ignoreRules, allowEmpty, outputDirectory, specFile));
    }
}
