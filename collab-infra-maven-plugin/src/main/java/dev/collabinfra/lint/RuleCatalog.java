package dev.collabinfra.lint;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every rule id a run can report, with its one-line description, for the SARIF rule list and
 * the docs. The parser's ids come first; they are not {@link Rule}s because the parser reports them
 * while reading the file, before any rule runs.
 */
public final class RuleCatalog {

    /** Ids the parser and the linter itself report. */
    public static final Map<String, String> BUILT_IN = Map.ofEntries(
            Map.entry("E0000", "Template cannot be read: YAML or JSON syntax, duplicate keys, a non-mapping top level"),
            Map.entry("E0002", "A rule failed while checking the template (a bug in collab-infra; please report it)"),
            Map.entry("E0011", "Unknown YAML tag; CloudFormation supports only its short-form function tags"),
            Map.entry("E0012", "Two short-form tags stacked on one value; write the outer function in long form"),
            Map.entry("E0013", "YAML anchors, aliases and merge keys are not supported by CloudFormation"),
            Map.entry("E0014", "Tab used for indentation"),
            Map.entry("E0015", "File is not valid UTF-8"),
            Map.entry("E0016", "Template file is empty"),
            Map.entry("E1002", "Template is over CloudFormation's size limit"),
            Map.entry("W0020", "Unquoted YAML 1.1 boolean other than true/false (yes, no, on, off, y, n)"),
            Map.entry("W0021", "Unquoted number with a leading zero, read as octal by YAML 1.1"));

    private RuleCatalog() {}

    /**
     * The built-in ids, then the rules' own, then any id found in {@code findings} that neither
     * lists (a check's own id), so every result in a report has a rule entry.
     */
    public static Map<String, String> of(List<Rule> rules, Collection<Finding> findings) {
        Map<String, String> catalog = new TreeMap<>(BUILT_IN);
        for (Rule rule : rules) {
            catalog.put(rule.id(), rule.description());
        }
        for (Finding finding : findings) {
            catalog.putIfAbsent(finding.ruleId(), finding.ruleId());
        }
        return catalog;
    }
}
