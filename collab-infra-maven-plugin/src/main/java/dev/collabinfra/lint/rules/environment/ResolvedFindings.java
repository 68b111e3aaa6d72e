package dev.collabinfra.lint.rules.environment;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.resolve.Feed;
import dev.collabinfra.lint.resolve.ResolvedStack;
import dev.collabinfra.lint.resolve.Value;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what the environment rules find into {@link Finding}s at the template line that builds the
 * value, with the environment and the lines that feed the value in the message. Paths in messages
 * are relative to the project directory, like the finding's own path.
 */
public final class ResolvedFindings {

    private final Path base;
    private final Set<Finding> findings = new LinkedHashSet<>();

    /** @param base the project directory */
    public ResolvedFindings(Path base) {
        this.base = base == null ? null : base.toAbsolutePath().normalize();
    }

    /** A finding about one environment: {@code Environment 'prod': MESSAGE; from FEED, FEED}. */
    public void report(EnvironmentRule rule, String environment, ResolvedStack stack, Node node, String message, List<Feed> feeds) {
        String in = stack.nested() ? " (nested stack " + stack.label() + ")" : "";
        add(rule, stack.file(), node.position(), "Environment '" + environment + "'" + in + ": " + message + from(feeds));
    }

    /** A finding about several environments; the message names them. */
    public void report(EnvironmentRule rule, Path file, Position position, String message, List<Feed> feeds) {
        add(rule, file, position, message + from(feeds));
    }

    private void add(EnvironmentRule rule, Path file, Position position, String message) {
        Severity severity = rule.id().startsWith("E") ? Severity.ERROR : rule.id().startsWith("W") ? Severity.WARNING : Severity.INFO;
        findings.add(new Finding(rule.id(), severity, file, position, message));
    }

    /** {@code ; from stackName at environments/prod.yaml:1, parameters.EnvironmentName at environments/prod.yaml:9}. */
    public String from(List<Feed> feeds) {
        if (feeds.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Feed feed : feeds) {
            parts.add(feed.describe(base));
        }
        return "; from " + String.join(", ", parts);
    }

    /** A file shown as the findings show it: relative to the project when inside it. */
    public String path(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = base != null && absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** {@code network.yaml:12} for a node of a template. */
    public String at(Path file, Position position) {
        return path(file) + ":" + position.line();
    }

    /** A value for a message: quoted, or hidden when it comes from a NoEcho parameter. */
    public static String shown(Value.Text value) {
        return value.secret() ? "(NoEcho value hidden)" : "'" + value.text() + "'";
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
