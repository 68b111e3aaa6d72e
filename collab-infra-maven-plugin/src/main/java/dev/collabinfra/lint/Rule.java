package dev.collabinfra.lint;

import dev.collabinfra.template.Severity;

/**
 * One check. A rule has an id (cfn-lint's where the check is the same), a default severity, a
 * one-line description for the rules table, and a {@code check} that reports through the context.
 */
public interface Rule {

    String id();

    String description();

    /** The default severity: ERROR for ids starting with E, WARNING for W, INFO for I. */
    default Severity severity() {
        return switch (id().charAt(0)) {
            case 'E' -> Severity.ERROR;
            case 'W' -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }

    void check(LintContext context);
}
