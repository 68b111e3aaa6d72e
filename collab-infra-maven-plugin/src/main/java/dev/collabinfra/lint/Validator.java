package dev.collabinfra.lint;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.lint.report.JUnitReport;
import dev.collabinfra.lint.report.SarifReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * One validation run, start to finish: find the templates, run every rule on each, run the
 * whole-set {@link ValidationCheck}s, write the SARIF and JUnit reports, and return what was found.
 * The caller decides what to print and whether the build fails.
 */
public final class Validator {

    /** The SARIF report's file name in the report directory. */
    public static final String SARIF_FILE = "validate.sarif";

    /** The JUnit report's file name in the report directory (surefire's {@code TEST-*.xml} pattern). */
    public static final String JUNIT_FILE = "TEST-collab-infra-validate.xml";

    private final List<Rule> rules;
    private final List<ValidationCheck> checks;
    private final Supplier<LintServices> services;
    private final ProgressListener progress;

    /** The built-in rules, no whole-set checks, fresh services per run. */
    public Validator(ProgressListener progress) {
        this(Rules.all(), List.of(), LintServices::new, progress);
    }

    /**
     * @param rules the per-file rules, in order
     * @param checks whole-set checks run after the rules (nested stacks, environments)
     * @param services makes the shared services for one run (parse cache, specification)
     * @param progress where the run says what it is doing
     */
    public Validator(List<Rule> rules, List<ValidationCheck> checks, Supplier<LintServices> services, ProgressListener progress) {
        this.rules = List.copyOf(rules);
        this.checks = List.copyOf(checks);
        this.services = services;
        this.progress = progress;
    }

    /**
     * Runs the validation and writes the reports.
     *
     * @throws UserException when the templates cannot be found or read, or none are found and
     *     the request does not allow that
     */
    public ValidationResult validate(ValidationRequest request) {
        Path root = request.templates().toAbsolutePath().normalize();
        List<Path> templates = TemplateFiles.find(root);
        if (templates.isEmpty()) {
            if (!request.allowEmpty()) {
                throw new UserException("No templates (*.yaml, *.yml, *.json, *.template) found in " + root
                        + "; add one, point <templates> (-Dcollab-infra.templates=...) elsewhere, or set <allowEmpty>true</allowEmpty>");
            }
            progress.warn("No templates found in " + root + " (allowed by allowEmpty)");
        }
        progress.detail("Validating " + templates.size() + " templates in " + root + " with " + rules.size() + " rules");

        LintServices shared = services.get();
        Rules.preload(shared);
        shared.projectRoot(request.baseDir(), request.allowedOutside());
        Linter linter = new Linter(rules, request.ignoredRules(), shared, request.lintTimeout());
        // lintTree also checks nested-stack children that live outside the templates directory, once each
        List<Finding> findings = new ArrayList<>(lint(linter, templates));
        ValidationCheck.Scope scope = new ValidationCheck.Scope(request, root, templates, shared, progress);
        for (ValidationCheck check : checks) {
            for (Finding finding : check.check(scope)) {
                if (!ignored(request, finding)) {
                    findings.add(finding);
                }
            }
        }
        Collections.sort(findings);

        java.util.Map<String, String> catalog = new java.util.TreeMap<>(RuleCatalog.of(rules, findings));
        for (ValidationCheck check : checks) {
            catalog.putAll(check.ruleDescriptions());
        }
        ValidationResult unwritten = new ValidationResult(request, templates, findings, catalog, List.of());
        List<Path> reports = writeReports(unwritten);
        return new ValidationResult(request, templates, findings, unwritten.ruleCatalog(), reports);
    }

    private static List<Finding> lint(Linter linter, List<Path> templates) {
        try {
            return linter.lintTree(templates);
        } catch (UncheckedIOException e) {
            throw new UserException("Cannot read a template (" + TemplateFiles.describe(e.getCause())
                    + "); check that the file exists and the build user may read it", e);
        }
    }

    private static boolean ignored(ValidationRequest request, Finding finding) {
        return request.ignoredRules().stream().anyMatch(finding.ruleId()::startsWith);
    }

    private List<Path> writeReports(ValidationResult result) {
        Path directory = result.request().reportDirectory();
        Path sarif = directory.resolve(SARIF_FILE);
        Path junit = directory.resolve(JUNIT_FILE);
        try {
            Files.createDirectories(directory);
            SarifReport.write(result, sarif);
            JUnitReport.write(result, junit);
        } catch (IOException e) {
            throw new UserException("Cannot write the validation reports to " + directory + " ("
                    + TemplateFiles.describe(e) + "); check that the directory is writable", e);
        }
        progress.detail("Reports: " + sarif + ", " + junit);
        return List.of(sarif, junit);
    }
}
