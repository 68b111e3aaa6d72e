package dev.collabinfra.maven;

import dev.collabinfra.environment.EnvironmentCheck;
import dev.collabinfra.environment.EnvironmentLoader;
import dev.collabinfra.lint.FailOn;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Rules;
import dev.collabinfra.lint.ValidationRequest;
import dev.collabinfra.lint.ValidationResult;
import dev.collabinfra.lint.Validator;
import dev.collabinfra.lint.report.TextReport;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the CloudFormation templates offline: YAML and JSON syntax, intrinsic functions,
 * references, resources, parameters, conditions and outputs. Prints each finding as
 * {@code path:line:column: SEVERITY RULE message}, writes SARIF and JUnit reports, and fails the
 * build when findings reach {@code failOn}. Runs without a project too:
 * {@code mvn dev.collabinfra:collab-infra-maven-plugin:validate -Dcollab-infra.templates=DIR_OR_FILE}.
 *
 * @since 0.1.0
 */
@Mojo(name = ValidateMojo.GOAL, defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractCollabInfraMojo {

    static final String GOAL = "validate";

    private static final String BASEDIR_EXPRESSION = "${project.basedir}";

    /**
     * Skips this goal only; {@code collab-infra.skip} skips every goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_SKIP, defaultValue = "false")
    private boolean validateSkip;

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
     * The longest, in seconds, that checking one template may take. A template that reaches it
     * gets an E0002 finding naming the rule that was running; the other templates are checked and
     * the reports are written as usual. {@code 0} removes the bound.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.LINT_TIMEOUT, defaultValue = "10")
    private int lintTimeout;

    /**
     * Where the reports go: {@code validate.sarif} (SARIF 2.1.0, for code scanning) and
     * {@code TEST-collab-infra-validate.xml} (JUnit XML, for CI test dashboards).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/collab-infra")
    private File outputDirectory;

    /**
     * The main template, against which every environment file in {@code environments/} is checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.MAIN_TEMPLATE, defaultValue = "${project.basedir}/src/main/cloudformation/main.yaml")
    private File mainTemplate;

    /**
     * Checks only this environment ({@code environments/<env>.yaml}) instead of all of them; an
     * unknown name fails the build and lists the known ones.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ENV)
    private String env;

    /**
     * A CloudFormation resource specification to validate against instead of the bundled one
     * (AWS's {@code CloudFormationResourceSpecification.json}, plain or gzipped), for resource types
     * newer than the plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SPEC_FILE)
    private File specFile;

    /** The plugin's version, recorded in the SARIF report. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    protected String goal() {
        return GOAL;
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
    protected void doExecute() throws MojoFailureException {
        FailOn threshold = FailOn.parse(failOn).orElseThrow(() -> new MojoFailureException(
                "Unknown <failOn> value '" + failOn + "' (-D" + PropertyNames.FAIL_ON + "); use error, warning, info or none"));
        Path baseDir = project != null && project.getBasedir() != null ? project.getBasedir().toPath() : Path.of("");
        ValidationRequest request = new ValidationRequest(baseDir, templates.toPath(), allowEmpty, ruleIds(ignoreRules),
                threshold, reportDirectory(baseDir), pluginVersion, allowedOutside(), Duration.ofSeconds(lintTimeout));

        Path spec = specFile == null ? null : specFile.toPath();
        EnvironmentCheck environments = new EnvironmentCheck(mainTemplateIfPresent(),
                Optional.ofNullable(env).filter(e -> !e.isBlank()), new EnvironmentLoader(interpolationProperties(), System.getenv()));
        ValidationResult result = new Validator(Rules.all(), List.of(environments), () -> new LintServices(spec), progress())
                .validate(request);

        Log log = getLog();
        for (Finding finding : result.findings()) {
            String line = TextReport.line(finding, result);
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        log.info(result.summary());
        log.info("Reports: " + TextReport.displayPath(request.reportDirectory(), request.baseDir()));
        if (result.failed()) {
            throw new MojoFailureException(result.summary() + "; " + ValidationResult.plural(result.failing().size(), "finding")
                    + " reach <failOn>" + threshold.userValue() + "</failOn>. Fix them, or silence a rule with"
                    + " Metadata: cfn-lint: config: ignore_checks: [ID] in the template or <ignoreRules> (-D"
                    + PropertyNames.IGNORE_RULES + "=ID)");
        }
    }

    /**
     * The report directory. Without a pom, Maven 3.8 gives a stand-in project whose build directory
     * is the literal {@code ${project.basedir}/target}; resolve that against the base directory
     * rather than create a folder named {@code ${project.basedir}}.
     */
    private Path reportDirectory(Path baseDir) {
        String path = outputDirectory.getPath();
        int unresolved = path.lastIndexOf(BASEDIR_EXPRESSION);
        if (unresolved < 0) {
            return outputDirectory.toPath();
        }
        String rest = path.substring(unresolved + BASEDIR_EXPRESSION.length()).replaceFirst("^[/\\\\]+", "");
        return baseDir.resolve(rest);
    }

    /** The configured main template; null when it is the unresolved default of a run without a pom. */
    private Path mainTemplateIfPresent() {
        return mainTemplate == null || mainTemplate.getPath().contains("${") ? null : mainTemplate.toPath();
    }

    /** Rule ids from the POM list or the comma-separated property, trimmed, without blanks. */
    static Set<String> ruleIds(List<String> configured) {
        Set<String> ids = new LinkedHashSet<>();
        if (configured != null) {
            for (String entry : configured) {
                for (String id : entry.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            }
        }
        return ids;
    }
}
