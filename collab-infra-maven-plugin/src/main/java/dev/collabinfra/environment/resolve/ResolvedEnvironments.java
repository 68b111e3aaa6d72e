package dev.collabinfra.environment.resolve;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.EnvironmentException;
import dev.collabinfra.environment.EnvironmentLoader;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.environment.Source;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Linter;
import dev.collabinfra.lint.Suppressions;
import dev.collabinfra.lint.resolve.AvailabilityZones;
import dev.collabinfra.lint.resolve.Deployment;
import dev.collabinfra.lint.resolve.Feed;
import dev.collabinfra.lint.resolve.ResolvedDeployment;
import dev.collabinfra.lint.rules.environment.EnvironmentRule;
import dev.collabinfra.lint.rules.environment.EnvironmentRules;
import dev.collabinfra.lint.rules.environment.ResolvedFindings;
import dev.collabinfra.lint.rules.environment.SchemaConstraints;
import dev.collabinfra.lint.rules.environment.SpecTypeConstraints;
import dev.collabinfra.lint.rules.schema.SchemaValueCheck;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Severity;
import dev.collabinfra.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Environment-resolved validation, the second half of the validate goal's environment step: each
 * environment's parameters, stack name, region and account laid into the main template and every
 * local nested stack ({@link ResolvedDeployment}), then the environment rules
 * ({@link EnvironmentRules}) run on the result, one environment at a time and across them.
 * A file the loader rejects is skipped here: the first half reports it (E9100).
 */
public final class ResolvedEnvironments {

    private static final Pattern ROLE_ACCOUNT = Pattern.compile("arn:aws[-a-z]*:iam::(\\d{12}):role/.+");

    private final List<EnvironmentRule> rules;
    private final AvailabilityZones zones;

    /** The built-in rules (naming rules, then the specification's property types) and zone data. */
    public ResolvedEnvironments() {
        this.rules = null;
        this.zones = AvailabilityZones.bundled();
    }

    /** Other rules, for tests. */
    public ResolvedEnvironments(List<EnvironmentRule> rules, AvailabilityZones zones) {
        this.rules = List.copyOf(rules);
        this.zones = zones;
    }

    private List<EnvironmentRule> rules(LintServices services) {
        if (rules != null) {
            return rules;
        }
        // names first (their messages say the AWS rule in words), then the specification's primitive
        // types, then the registry schemas' enum, pattern, length, range and format
        return EnvironmentRules.all(new SpecTypeConstraints(services.specification())
                .or(new SchemaConstraints(new SchemaValueCheck(services.registrySchemas()))));
    }

    /** The ids and descriptions of the rules, for the reports. */
    public Map<String, String> ruleDescriptions() {
        Map<String, String> out = new HashMap<>();
        for (EnvironmentRule rule : rules != null ? rules : EnvironmentRules.all()) {
            out.put(rule.id(), rule.description());
        }
        return out;
    }

    /**
     * Resolves and checks the named environments of {@code templatesDir} against {@code main}.
     *
     * @param baseDir the project directory; paths in messages are relative to it
     * @param ignored rule ids or prefixes the run ignores; when they cover every environment rule
     *     ({@code E912}), nothing is resolved
     */
    public List<Finding> check(Path templatesDir, Template main, List<String> names, EnvironmentLoader loader, LintServices services,
            Path baseDir, Set<String> ignored, ProgressListener progress) {
        return check(templatesDir, main, names, loader, UnaryOperator.identity(), services, baseDir, ignored, progress);
    }

    /**
     * As {@link #check(Path, Template, List, EnvironmentLoader, LintServices, Path, Set, ProgressListener)},
     * with each environment as {@code merge} makes it from its file: the command line and the POM
     * laid over it as the AWS goals lay them, so the checks judge the values the deploy sends.
     */
    public List<Finding> check(Path templatesDir, Template main, List<String> names, EnvironmentLoader loader,
            UnaryOperator<Environment> merge, LintServices services, Path baseDir, Set<String> ignored, ProgressListener progress) {
        if (rules(services).stream().allMatch(r -> ignored.stream().anyMatch(r.id()::startsWith))) {
            progress.detail("Resolved validation skipped: every environment rule is ignored");
            return List.of();
        }
        List<Environment> environments = new ArrayList<>();
        for (String name : names) {
            try {
                Environment env = merge.apply(loader.load(templatesDir, name));
                // A multi-region environment is resolved once per region, so AWS::Region and collisions are judged per region.
                dev.collabinfra.environment.RegionalSettings regional = loader.regional().read(env);
                if (regional.multiRegion()) {
                    regional.regions().forEach(region -> environments.add(regional.environmentFor(env, region)));
                } else {
                    environments.add(env);
                }
            } catch (EnvironmentException e) {
                progress.detail("Environment " + name + " is not resolved: its file has errors (E9100)");
            }
        }
        return check(main, environments, services, baseDir, ignored, progress);
    }

    /**
     * Resolves and checks environments already read (and merged, as {@code deploy} merges the
     * command line and the POM over the file) against {@code main}.
     */
    public List<Finding> check(Template main, List<Environment> environments, LintServices services, Path baseDir,
            Set<String> ignored, ProgressListener progress) {
        List<EnvironmentRule> rules = rules(services).stream().filter(r -> ignored.stream().noneMatch(r.id()::startsWith)).toList();
        if (rules.isEmpty()) {
            progress.detail("Resolved validation skipped: every environment rule is ignored");
            return List.of();
        }
        List<ResolvedDeployment> deployments = new ArrayList<>();
        List<Finding> failures = new ArrayList<>();
        for (Environment env : environments) {
            String name = env.name();
            ResolvedDeployment resolved;
            try {
                resolved = ResolvedDeployment.resolve(main, deployment(env), services, zones);
            } catch (RuntimeException e) {
                failures.add(failure(env, "Resolving environment '" + name + "' into the templates", e));
                continue;
            }
            deployments.add(resolved);
            for (String note : resolved.notes()) {
                progress.info("Environment " + name + ": " + note);
            }
            progress.detail("Environment " + name + " resolved: " + resolved.stacks().size() + " stacks, "
                    + resolved.properties().size() + " property values, " + resolved.skippedByCondition()
                    + " resources left out by conditions, " + resolved.undecided() + " with conditions not known before deploy");
        }
        ResolvedFindings out = new ResolvedFindings(baseDir);
        for (EnvironmentRule rule : rules) {
            try {
                for (ResolvedDeployment deployment : deployments) {
                    rule.check(deployment, out);
                }
                rule.checkAcross(deployments, out);
            } catch (RuntimeException e) {
                failures.add(new Finding(Linter.RULE_FAILED, Severity.ERROR, main.file(), Position.START, "Rule " + rule.id()
                        + " failed on the resolved environments (" + e + "); this is a bug in collab-infra, please report it;"
                        + " meanwhile silence the rule with -Dcollab-infra.ignoreRules=" + rule.id()));
            }
        }
        List<Finding> findings = new ArrayList<>(unsuppressed(out.findings(), services));
        findings.addAll(failures);
        return findings;
    }

    /** One broken step must not hide every other finding, nor end the build with a stack trace. */
    private static Finding failure(Environment env, String what, RuntimeException e) {
        return new Finding(Linter.RULE_FAILED, Severity.ERROR, env.file().orElse(Path.of(env.name() + ".yaml")), Position.START,
                what + " failed (" + e + "); this is a bug in collab-infra, please report it; meanwhile turn resolved"
                        + " validation off with -Dcollab-infra.ignoreRules=E912");
    }

    /** A template's {@code Metadata: cfn-lint: config: ignore_checks} silences these ids too, on the template or a resource. */
    private static List<Finding> unsuppressed(List<Finding> findings, LintServices services) {
        Map<Path, Suppressions> byFile = new HashMap<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            Suppressions suppressions = byFile.computeIfAbsent(finding.file(), file -> {
                Template template = services.parse(file).template();
                return template == null ? null : Suppressions.of(template, Set.of());
            });
            if (suppressions == null || !suppressions.suppresses(finding)) {
                kept.add(finding);
            }
        }
        return kept;
    }

    /** What resolution needs of an environment, with the place each value came from. */
    public static Deployment deployment(Environment env) {
        Map<String, Feed> feeds = new HashMap<>();
        env.sources().forEach((key, source) -> feeds.put(key, feed(key, source)));
        Optional<String> account = env.roleArn().map(ROLE_ACCOUNT::matcher).filter(Matcher::matches).map(m -> m.group(1));
        return new Deployment(env.name(), env.file().orElse(null), env.stackName().orElse(null), env.region().orElse(null),
                account.orElse(Deployment.PLACEHOLDER_ACCOUNT), account.isPresent(), env.parameters(), env.notificationArns(), feeds);
    }

    private static Feed feed(String key, Source source) {
        // "-Dcollab-infra.stackName", "POM <parameters><X>": the place to edit, as for a file line
        return source.file() != null ? Feed.at(key, source.file(), source.position())
                : new Feed(EnvironmentOverrides.place(key, source), null, null, null, false);
    }
}
