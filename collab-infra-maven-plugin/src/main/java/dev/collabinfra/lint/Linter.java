package dev.collabinfra.lint;

import dev.collabinfra.core.UserException;
import dev.collabinfra.template.ParseIssue;
import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Severity;
import dev.collabinfra.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs every rule over a template and returns its findings, sorted, with suppressions applied.
 *
 * <p>With a time bound (validate's {@code lintTimeout}) each template is parsed and checked on a
 * worker thread of its own; when the bound passes, the template gets one finding naming the rule
 * that was running, the findings so far are kept, and the run goes on with the next template (the
 * worker is interrupted and abandoned). A rule that throws, overflows the stack or runs out of
 * memory costs its own finding, never the other rules' or the reports.
 */
public final class Linter {

    /** The id reported when a rule throws or is stopped: a bug or a limit of the rule, never the user's mistake. */
    public static final String RULE_FAILED = "E0002";

    /** Stack of a lint worker thread: deep but legal templates must not depend on the caller's stack. */
    private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

    private final List<Rule> rules;
    private final Set<String> ignoredRules;
    private final LintServices services;
    private final Duration timeout;

    /**
     * @param rules the rules to run, in order
     * @param ignoredRules rule ids (or id prefixes such as {@code W}) never to report
     * @param services shared state for one validation run
     */
    public Linter(List<Rule> rules, Set<String> ignoredRules, LintServices services) {
        this(rules, ignoredRules, services, null);
    }

    /**
     * @param timeout the longest one template's parse and rules may take, or null for no bound
     *     (the rules then run on the caller's thread)
     */
    public Linter(List<Rule> rules, Set<String> ignoredRules, LintServices services, Duration timeout) {
        this.rules = List.copyOf(rules);
        this.ignoredRules = Set.copyOf(ignoredRules);
        this.services = services;
        this.timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? null : timeout;
    }

    public LintServices services() {
        return services;
    }

    /** Parses and checks one file, within the time bound when there is one. */
    public List<Finding> lint(Path file) {
        if (timeout == null) {
            return lint(file, new Progress());
        }
        Progress progress = new Progress();
        FutureTask<List<Finding>> task = new FutureTask<>(() -> lint(file, progress));
        Thread worker = new Thread(null, task, "collab-infra-lint " + file.getFileName(), WORKER_STACK_BYTES);
        worker.setDaemon(true);
        long started = System.nanoTime();
        worker.start();
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            List<Finding> sofar = progress.stop();
            worker.interrupt();
            Rule rule = progress.rule;
            String where = rule == null ? "while parsing the file" : "in rule " + rule.id() + " (" + rule.getClass().getSimpleName() + ")";
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Finding> kept = new ArrayList<>();
            for (Finding finding : sofar) {
                if (!progress.suppressions.suppresses(finding)) {
                    kept.add(finding);
                }
            }
            kept.add(new Finding(RULE_FAILED, Severity.ERROR, file, Position.START, String.format(Locale.ROOT,
                    "Checking this template stopped %s after %.1f s: it reached the lint time bound of %s"
                            + " (lintTimeout, -Dcollab-infra.lintTimeout); the rules after it did not run. The template is"
                            + " probably built to be slow for that rule (please report it); split the template, raise the"
                            + " bound, or silence the rule with ignore_checks", where, seconds, human(timeout))));
            Collections.sort(kept);
            return kept;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime; // UserException and UncheckedIOException keep their meaning for the caller
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            throw new UserException("Validation was interrupted while checking " + file);
        }
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** What a worker has done so far, readable by the thread that waits for it. */
    private static final class Progress {
        private final List<Finding> findings = new ArrayList<>();
        private volatile Rule rule;
        private volatile Suppressions suppressions = Suppressions.none(Set.of());
        private boolean stopped;

        synchronized void add(Finding finding) {
            if (!stopped) {
                findings.add(finding);
            }
        }

        synchronized void addAll(List<Finding> more) {
            more.forEach(this::add);
        }

        synchronized List<Finding> stop() {
            stopped = true;
            return List.copyOf(findings);
        }
    }

    private List<Finding> lint(Path file, Progress progress) {
        ParseResult result = services.parse(file);
        List<Finding> findings = new ArrayList<>();
        for (ParseIssue issue : result.issues()) {
            findings.add(new Finding(issue.ruleId(), issue.severity(), file, issue.position(), issue.message()));
        }
        Template template = result.template();
        Suppressions suppressions = template == null ? Suppressions.none(ignoredRules) : Suppressions.of(template, ignoredRules);
        progress.suppressions = suppressions;
        progress.addAll(findings);
        if (template != null) {
            LintContext context = new LintContext(template, services, findings);
            for (Rule rule : rules) {
                if (Thread.currentThread().isInterrupted()) {
                    break; // the time bound passed; the waiting thread has reported it
                }
                context.setRule(rule);
                progress.rule = rule;
                int before = findings.size();
                String failure = null;
                try {
                    rule.check(context);
                } catch (UserException e) {
                    throw e; // a problem with the run's configuration (a missing specFile), not with this template
                } catch (RuntimeException e) {
                    failure = "failed on this template (" + e + "); this is a bug in collab-infra, please report it";
                } catch (StackOverflowError e) {
                    failure = "stopped: the template nests or chains too deeply for it (StackOverflowError); please report it";
                } catch (OutOfMemoryError e) {
                    failure = "stopped: it ran out of memory on this template; please report it";
                }
                if (failure != null) {
                    // One broken rule must not hide every other finding (cfn-lint reports E0002 the same way);
                    // a rule the user silenced for the whole template stays silent even when it breaks.
                    if (!suppressions.suppresses(new Finding(rule.id(), rule.severity(), file, Position.START, ""))) {
                        findings.add(new Finding(RULE_FAILED, Severity.ERROR, file, Position.START, "Rule " + rule.id() + " "
                                + failure + "; meanwhile silence the rule with ignore_checks: [" + rule.id() + "]"));
                    }
                }
                progress.addAll(findings.subList(before, findings.size()));
            }
            progress.rule = null;
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
