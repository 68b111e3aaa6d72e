package dev.collabinfra.lint;

import dev.collabinfra.template.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a validation run found.
 *
 * @param request what was asked
 * @param templates the templates checked, sorted
 * @param findings every finding kept (suppressions applied), sorted by file and position
 * @param ruleCatalog every rule id the run knows, with its one-line description
 * @param reports the report files written
 */
public record ValidationResult(
        ValidationRequest request,
        List<Path> templates,
        List<Finding> findings,
        Map<String, String> ruleCatalog,
        List<Path> reports) {

    public ValidationResult {
        templates = List.copyOf(templates);
        findings = List.copyOf(findings);
        ruleCatalog = Map.copyOf(ruleCatalog);
        reports = List.copyOf(reports);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The findings that fail the run under {@code failOn}. */
    public List<Finding> failing() {
        return findings.stream().filter(f -> request.failOn().fails(f.severity())).toList();
    }

    /** True when at least one finding reaches {@code failOn}. */
    public boolean failed() {
        return !failing().isEmpty();
    }

    /** The findings of one template. */
    public List<Finding> findingsOf(Path template) {
        return findings.stream().filter(f -> f.file().equals(template)).toList();
    }

    /** One line: {@code collab-infra: 3 errors, 1 warning in 7 templates}. */
    public String summary() {
        StringBuilder line = new StringBuilder("collab-infra: ")
                .append(plural(count(Severity.ERROR), "error"))
                .append(", ")
                .append(plural(count(Severity.WARNING), "warning"));
        long info = count(Severity.INFO);
        if (info > 0) {
            line.append(", ").append(info).append(" info");
        }
        return line.append(" in ").append(plural(templates.size(), "template")).toString();
    }

    /** {@code 1 error}, {@code 2 errors}. */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
