package dev.collabinfra.lint;

import dev.collabinfra.template.Position;
import dev.collabinfra.template.Severity;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with a template: which rule, how serious, where, and a message that says what
 * is wrong and how to fix it.
 */
public record Finding(String ruleId, Severity severity, Path file, Position position, String message)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.file().toString())
            .thenComparing(Finding::position)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line:column: SEVERITY RULE message}, paths shown relative to {@code base} when inside it. */
    public String format(Path base) {
        Path shown = file;
        if (base != null && file.isAbsolute() && file.startsWith(base)) {
            shown = base.relativize(file);
        }
        return shown + ":" + position.line() + ":" + position.column() + ": " + severity + " " + ruleId + " " + message;
    }
}
