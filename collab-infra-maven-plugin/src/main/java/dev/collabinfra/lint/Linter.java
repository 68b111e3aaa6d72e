package dev.collabinfra.lint;

import dev.collabinfra.core.UserException;
import dev.collabinfra.template.ParseIssue;
import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Severity;
import dev.collabinfra.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs every rule over a template and returns its findings, sorted, with suppressions applied. */
public final class Linter {

    /** The id reported when a rule throws: a bug in the rule, never in the user's template. */
    public static final String RULE_FAILED = "E0002";

    private final List<Rule> rules;
    private final Set<String> ignoredRules;
    private final LintServices services;

    /**
     * @param rules the rules to run, in order
     * @param ignoredRules rule ids (or id prefixes such as {@code W}) never to report
     * @param services shared state for one validation run
     */
    public Linter(List<Rule> rules, Set<String> ignoredRules, LintServices services) {
        this.rules = List.copyOf(rules);
        this.ignoredRules = Set.copyOf(ignoredRules);
        this.services = services;
    }

    public LintServices services() {
        return services;
    }

    /** Parses and checks one file. */
    public List<Finding> lint(Path file) {
        ParseResult result = services.parse(file);
        List<Finding> findings = new ArrayList<>();
        for (ParseIssue issue : result.issues()) {
            findings.add(new Finding(issue.ruleId(), issue.severity(), file, issue.position(), issue.message()));
        }
        Template template = result.template();
        Suppressions suppressions = template == null ? Suppressions.none(ignoredRules) : Suppressions.of(template, ignoredRules);
        if (template != null) {
            LintContext context = new LintContext(template, services, findings);
            for (Rule rule : rules) {
                context.setRule(rule);
                try {
                    rule.check(context);
                } catch (UserException e) {
                    throw e; // a problem with the run's configuration (a missing specFile), not with this template
                } catch (RuntimeException e) {
                    // One broken rule must not hide every other finding (cfn-lint reports E0002 the same way);
                    // a rule the user silenced for the whole template stays silent even when it breaks.
                    if (suppressions.suppresses(new Finding(rule.id(), rule.severity(), file, Position.START, ""))) {
                        continue;
                    }
                    findings.add(new Finding(RULE_FAILED, Severity.ERROR, file, Position.START, "Rule " + rule.id()
                            + " failed on this template (" + e + "); this is a bug in collab-infra, please report it;"
                            + " meanwhile silence the rule with ignore_checks: [" + rule.id() + "]"));
                }
            }
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!suppressions.suppresses(finding)) {
                kept.add(finding);
            }
        }
        Collections.sort(kept);
        return kept;
    }

    /** Checks many files; findings come back in file order. */
    public List<Finding> lintAll(List<Path> files) {
        List<Finding> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(lint(file));
        }
        return all;
    }

    /**
     * Checks many files and then every nested-stack child template the rules discovered that was
     * not among them (a child outside the templates directory), each file exactly once.
     */
    public List<Finding> lintTree(List<Path> files) {
        Set<Path> done = new HashSet<>();
        List<Finding> all = new ArrayList<>();
        Deque<Path> queue = new ArrayDeque<>(files);
        while (!queue.isEmpty()) {
            Path file = queue.removeFirst();
            if (done.add(file.toAbsolutePath().normalize())) {
                all.addAll(lint(file));
            }
            if (queue.isEmpty()) {
                for (Path child : services.discoveredTemplates()) {
                    if (!done.contains(child) && Files.isRegularFile(child)) {
                        queue.add(child);
                    }
                }
            }
        }
        return all;
    }
}
