package dev.collabinfra.goals;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.environment.EnvironmentCheck;
import dev.collabinfra.environment.EnvironmentLoader;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Rules;
import dev.collabinfra.lint.ValidationRequest;
import dev.collabinfra.lint.ValidationResult;
import dev.collabinfra.lint.Validator;
import dev.collabinfra.lint.report.TextReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code validate} goal: every rule on every template, the environment files against the main
 * template, SARIF and JUnit reports, and a failure when findings reach {@code failOn}. The other
 * goals that need valid templates call it with the same settings ({@code package} through
 * {@link #before}, {@code upload}, {@code plan} and {@code deploy} through {@link #beforeDeploy}),
 * so there is exactly one validation.
 *
 * <p>Within one build a validation runs once per settings: a later goal with equal settings reuses
 * the result (and the reports stay as written). A later goal with other settings (an execution
 * that configures {@code failOn} differently) validates again and writes its reports to
 * {@code <outputDirectory>/<goal>/}, so the earlier reports are never silently replaced.
 */
public final class ValidateGoal {

    /** The goal's name. */
    public static final String NAME = "validate";

    /** The environment finding whose verdict needs the deployed stack: parameters without value or Default. */
    public static final String STACK_DEPENDENT = "E9102";

    private final GoalContext context;

    public ValidateGoal(GoalContext context) {
        this.context = context;
    }

    /** Runs {@code validate} itself. */
    public ValidationResult run(ValidateSettings settings) {
        return run(NAME, settings);
    }

    /**
     * Validation as step one of another goal: the same run as {@code validate}, and a broken set
     * stops that goal with validate's messages before anything is bundled or uploaded.
     */
    public ValidationResult before(String goal, ValidateSettings settings) {
        ValidationResult result = run(goal, settings, false);
        context.out().info("Validated: " + result.summary());
        return result;
    }

    /**
     * Validation as step one of {@code upload}, {@code plan} and {@code deploy}: the same run, with
     * one difference in the verdict. {@link #STACK_DEPENDENT} (a parameter without value or
     * Default) depends on the stack, which validation cannot see: deploy takes the stack's previous
     * value, or stops listing every missing parameter before anything changes. So it is reported as
     * validate reports it, and left to deploy.
     */
    public ValidationResult beforeDeploy(String goal, ValidateSettings settings) {
        ValidationResult result = run(goal, settings, true);
        if (result.failing().stream().anyMatch(f -> f.ruleId().equals(STACK_DEPENDENT))) {
            context.out().info(STACK_DEPENDENT + " is left to " + goal + ": a parameter without a value keeps the stack's previous one"
                    + " (a new stack needs every one)");
        }
        context.out().info("Validated: " + result.summary());
        return result;
    }

    private ValidationResult run(String goal, ValidateSettings settings) {
        return run(goal, settings, false);
    }

    private ValidationResult run(String goal, ValidateSettings settings, boolean stackDecides) {
        ProgressListener out = context.out();
        Optional<ValidationRecord.Entry> earlier = context.validations().find(settings);
        if (earlier.isPresent()) {
            ValidationResult result = earlier.get().result();
            out.info(result.summary() + " (validated earlier in this build by " + earlier.get().goal()
                    + "; reports: " + TextReport.displayPath(result.request().reportDirectory(), result.request().baseDir()) + ")");
            failIfNeeded(result, stackDecides);
            return result;
        }
        ValidateSettings effective = settings;
        List<ValidationRecord.Entry> before = context.validations().entries();
        if (!before.isEmpty()) {
            effective = settings.reportingTo(settings.reportDirectory().resolve(goal));
            out.info(before.get(0).goal() + " validated with other settings earlier in this build; " + goal
                    + " validates again and writes its reports to " + effective.reportDirectory() + ", so the earlier ones stay");
        }
        ValidationResult result = validate(effective, out);
        context.validations().add(new ValidationRecord.Entry(goal, settings, result));
        for (Finding finding : result.findings()) {
            String line = TextReport.line(finding, result);
            switch (finding.severity()) {
                case ERROR -> out.error(line);
                case WARNING -> out.warn(line);
                case INFO -> out.info(line);
            }
        }
        out.info(result.summary());
        out.info("Reports: " + TextReport.displayPath(result.request().reportDirectory(), result.request().baseDir()));
        failIfNeeded(result, stackDecides);
        return result;
    }

    private static ValidationResult validate(ValidateSettings s, ProgressListener out) {
        ValidationRequest request = new ValidationRequest(s.project().baseDir(), s.sources().templates(), s.allowEmpty(),
                s.ignoreRules(), s.failOn(), s.reportDirectory(), s.project().pluginVersion(), s.sources().allowedOutside(),
                s.lintTimeout());
        EnvironmentCheck environments = new EnvironmentCheck(s.sources().mainTemplate(),
                Optional.ofNullable(s.environment()).filter(e -> !e.isBlank()),
                new EnvironmentLoader(s.interpolation(), s.environmentVariables()), s.commandLine(), s.pom());
        Path spec = s.specFile();
        return new Validator(Rules.all(), List.of(environments), () -> new LintServices(spec), out).validate(request);
    }

    private static void failIfNeeded(ValidationResult result, boolean stackDecides) {
        boolean failed = stackDecides ? result.failing().stream().anyMatch(f -> !f.ruleId().equals(STACK_DEPENDENT)) : result.failed();
        if (failed) {
            int failing = result.failing().size();
            throw new UserException(result.summary() + "; " + ValidationResult.plural(failing, "finding")
                    + (failing == 1 ? " reaches" : " reach") + " <failOn>" + result.request().failOn().userValue() + "</failOn>. Fix "
                    + (failing == 1 ? "it" : "them") + " first; only a finding that is wrong for this project should be silenced,"
                    + " with Metadata: cfn-lint: config: ignore_checks: [ID] in the template or <ignoreRules> (-D"
                    + PropertyNames.IGNORE_RULES + "=ID)");
        }
    }
}
