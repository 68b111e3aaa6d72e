package dev.collabinfra.environment;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ParseIssue;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Severity;
import dev.collabinfra.template.Suggestions;
import dev.collabinfra.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks environments against the main template before anything is deployed. Findings point at
 * the environment file and line (or name the command line / POM when the value came from there).
 *
 * <p>Ids: E9100 file cannot be used (YAML, unknown key, undefined {@code ${...}}); E9101 unknown
 * parameter; E9102 missing parameter; E9103 value breaks Type; E9104 AllowedValues; E9105
 * AllowedPattern; E9106 length/value bounds; E9107 stack name; E9108 tags; E9109 region (W9109 a
 * well-formed region this plugin does not know); E9110 capabilities; E9111 certificate region;
 * E9112 other settings (role ARN, notification ARNs, rollback triggers, bucket name).
 */
public final class EnvironmentValidator {

    private static final Pattern STACK_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]*");
    private static final Set<String> CAPABILITIES = Set.of("CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[-a-z]*:iam::\\d{12}:role/.+");
    private static final Pattern SNS_ARN = Pattern.compile("arn:aws[-a-z]*:sns:[-a-z0-9]+:\\d{12}:.+");
    private static final Pattern ALARM_ARN = Pattern.compile("arn:aws[-a-z]*:cloudwatch:[-a-z0-9]+:\\d{12}:alarm:.+");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Set<String> TRIGGER_TYPES = Set.of("AWS::CloudWatch::Alarm", "AWS::CloudWatch::CompositeAlarm");

    private final LintServices services;

    /** @param services the run's shared services (parses nested templates once for the certificate check) */
    public EnvironmentValidator(LintServices services) {
        this.services = services;
    }

    /**
     * Loads and checks every environment under {@code templatesDir}, or only {@code only} when
     * given ({@code -Denv}). An unknown {@code only} is a {@link dev.collabinfra.core.UserException}
     * listing the known environments. A file the loader rejects gives E9100 findings and the
     * other environments are still checked.
     */
    public List<Finding> validateAll(Path templatesDir, Template main, Optional<String> only, EnvironmentLoader loader) {
        List<String> names = EnvironmentLoader.list(templatesDir);
        if (only.isPresent()) {
            if (!names.contains(only.get())) {
                throw EnvironmentLoader.unknownEnvironment(templatesDir, only.get());
            }
            names = List.of(only.get());
        }
        List<Finding> findings = new ArrayList<>();
        for (String name : names) {
            try {
                findings.addAll(validateRegions(loader.load(templatesDir, name), main, loader.regional()));
            } catch (EnvironmentException e) {
                for (EnvironmentException.Problem problem : e.problems()) {
                    findings.add(new Finding("E9100", Severity.ERROR, e.file(), problem.position(), problem.message()));
                }
            }
        }
        Collections.sort(findings);
        return findings;
    }

    /**
     * Checks an environment with its multi-region keys: those keys ({@link RegionalCheck}), then the
     * environment as each of its regions sees it (its region, its {@code regionParameters}), so a
     * value that is wrong in one region only is reported there. A finding shared by every region is
     * reported once.
     */
    public List<Finding> validateRegions(Environment env, Template main, RegionalSettingsReader reader) {
        RegionalSettings regional = reader.read(env);
        java.util.Set<Finding> findings = new java.util.LinkedHashSet<>(RegionalCheck.check(env, regional, main));
        if (regional.multiRegion()) {
            for (String region : regional.regions()) {
                findings.addAll(validate(regional.environmentFor(env, region), main));
            }
        } else {
            findings.addAll(validate(env.region().map(r -> regional.environmentFor(env, r)).orElse(env), main));
        }
        // An override the template does not declare is E9114 at its line; the region's view would repeat it as E9101.
        java.util.Set<String> undeclared = new java.util.HashSet<>();
        findings.stream().filter(f -> f.ruleId().equals("E9114")).forEach(f -> undeclared.add(f.file() + ":" + f.position()));
        findings.removeIf(f -> f.ruleId().equals("E9101") && undeclared.contains(f.file() + ":" + f.position()));
        List<Finding> sorted = new ArrayList<>(findings);
        Collections.sort(sorted);
        return sorted;
    }

    /** Checks one (possibly merged) environment against the main template. */
    public List<Finding> validate(Environment env, Template main) {
        Reporter r = new Reporter(env);
        for (ParseIssue issue : env.warnings()) {
            r.findings.add(new Finding(issue.ruleId(), issue.severity(), r.file, issue.position(), issue.message()));
        }
        parameters(env, main, r);
        env.stackName().ifPresent(name -> {
            if (!STACK_NAME.matcher(name).matches() || name.length() > 128) {
                r.error("E9107", "stackName", "Stack name '" + name + "' is not valid: it must start with a letter, contain only"
                        + " letters, digits and hyphens ([a-zA-Z][-a-zA-Z0-9]*) and be at most 128 characters");
            }
        });
        tags(env, r);
        env.region().ifPresent(region -> region(region, r));
        for (int i = 0; i < env.capabilities().size(); i++) {
            String capability = env.capabilities().get(i);
            if (!CAPABILITIES.contains(capability)) {
                r.error("E9110", "capabilities[" + i + "]", "Unknown capability '" + capability + "'"
                        + Suggestions.closest(capability, CAPABILITIES).map(s -> "; did you mean '" + s + "'?").orElse("")
                        + " Valid: CAPABILITY_IAM, CAPABILITY_NAMED_IAM, CAPABILITY_AUTO_EXPAND");
            }
        }
        otherSettings(env, r);
        CertificateCheck.check(env, main, services, r);
        Collections.sort(r.findings);
        return r.findings;
    }

    private static void parameters(Environment env, Template main, Reporter r) {
        MapNode declared = main.parameters();
        for (Map.Entry<String, String> entry : env.parameters().entrySet()) {
            String name = entry.getKey();
            Optional<MapNode> declaration = declared.getMap(name);
            if (declaration.isEmpty()) {
                r.error("E9101", "parameters." + name, "Parameter '" + name + "' is not declared by " + main.file().getFileName()
                        + Suggestions.closest(name, declared.keys()).map(s -> "; did you mean '" + s + "'?").orElse("")
                        + " Declared parameters: " + String.join(", ", declared.keys()));
                continue;
            }
            for (ParameterValueCheck.Violation v : ParameterValueCheck.check(name, declaration.get(), entry.getValue())) {
                r.error(v.ruleId(), "parameters." + name, v.message());
            }
        }
        List<String> missing = missingParameters(env, main);
        if (!missing.isEmpty()) {
            r.error("E9102", "parameters", "Environment '" + env.name() + "' gives no value for " + String.join(", ", missing)
                    + ", which " + (missing.size() == 1 ? "has" : "have") + " no Default in " + main.file().getFileName()
                    + "; add " + (missing.size() == 1 ? "it" : "them") + " under 'parameters:' (or pass -Dcollab-infra.parameters."
                    + missing.get(0) + "=VALUE)");
        }
    }

    /**
     * Parameters of the main template without a Default that the environment does not give, in
     * template order. {@code deploy} fills these from the stack's previous values when it exists.
     */
    public static List<String> missingParameters(Environment env, Template main) {
        List<String> missing = new ArrayList<>();
        for (MapNode.Entry parameter : main.parameters().entries()) {
            boolean hasDefault = parameter.value() instanceof MapNode m && m.containsKey("Default");
            if (!hasDefault && !env.parameters().containsKey(parameter.key())) {
                missing.add(parameter.key());
            }
        }
        return missing;
    }

    private static void tags(Environment env, Reporter r) {
        if (env.tags().size() > 50) {
            r.error("E9108", "tags", "Environment '" + env.name() + "' has " + env.tags().size()
                    + " tags; CloudFormation allows at most 50 stack tags: drop or merge some");
        }
        for (Map.Entry<String, String> tag : env.tags().entrySet()) {
            String key = tag.getKey();
            if (key.length() > 128 || key.isEmpty()) {
                r.error("E9108", "tags." + key, "Tag key '" + key + "' must be 1 to 128 characters (it has " + key.length() + ")");
            }
            if (key.toLowerCase(java.util.Locale.ROOT).startsWith("aws:")) {
                r.error("E9108", "tags." + key, "Tag key '" + key + "' uses the reserved prefix 'aws:'; choose another key");
            }
            if (tag.getValue().length() > 256) {
                r.error("E9108", "tags." + key, "Tag '" + key + "' value is " + tag.getValue().length()
                        + " characters; CloudFormation allows at most 256");
            }
        }
    }

    private static void region(String region, Reporter r) {
        if (!Regions.hasShape(region)) {
            r.error("E9109", "region", "Region '" + region + "' is not an AWS region code"
                    + Suggestions.closest(region, Regions.KNOWN).map(s -> "; did you mean '" + s + "'?").orElse("")
                    + " Region codes look like us-east-1 or eu-west-2 (lower case)");
        } else if (!Regions.isKnown(region)) {
            r.report("W9109", Severity.WARNING, "region", "Region '" + region + "' is not a region this plugin knows;"
                    + " if AWS opened it recently this is fine, otherwise check the spelling"
                    + Suggestions.closest(region, Regions.KNOWN).map(s -> " (did you mean '" + s + "'?)").orElse(""));
        }
    }

    private static void otherSettings(Environment env, Reporter r) {
        env.roleArn().filter(arn -> !ROLE_ARN.matcher(arn).matches()).ifPresent(arn -> r.error("E9112", "roleArn",
                "roleArn '" + arn + "' is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)"));
        if (env.notificationArns().size() > 5) {
            r.error("E9112", "notificationArns", "CloudFormation accepts at most 5 notification ARNs; this environment has "
                    + env.notificationArns().size());
        }
        for (int i = 0; i < env.notificationArns().size(); i++) {
            String arn = env.notificationArns().get(i);
            if (!SNS_ARN.matcher(arn).matches()) {
                r.error("E9112", "notificationArns[" + i + "]", "Notification ARN '" + arn
                        + "' is not an SNS topic ARN (arn:aws:sns:REGION:ACCOUNT:TOPIC)");
            }
        }
        if (env.rollbackTriggers().size() > 5) {
            r.error("E9112", "rollbackTriggers", "CloudFormation accepts at most 5 rollback triggers; this environment has "
                    + env.rollbackTriggers().size());
        }
        for (int i = 0; i < env.rollbackTriggers().size(); i++) {
            Environment.RollbackTrigger trigger = env.rollbackTriggers().get(i);
            if (!ALARM_ARN.matcher(trigger.arn()).matches()) {
                r.error("E9112", "rollbackTriggers[" + i + "]", "Rollback trigger '" + trigger.arn()
                        + "' is not a CloudWatch alarm ARN (arn:aws:cloudwatch:REGION:ACCOUNT:alarm:NAME)");
            }
            if (!TRIGGER_TYPES.contains(trigger.type())) {
                r.error("E9112", "rollbackTriggers[" + i + "]", "Rollback trigger type '" + trigger.type()
                        + "' must be AWS::CloudWatch::Alarm or AWS::CloudWatch::CompositeAlarm");
            }
        }
        env.rollbackMonitoringMinutes().filter(m -> m < 0 || m > 180).ifPresent(m -> r.error("E9112",
                "rollbackMonitoringMinutes", "rollbackMonitoringMinutes must be 0 to 180, not " + m));
        env.bucket().filter(b -> !BUCKET.matcher(b).matches() || b.contains("..")).ifPresent(b -> r.error("E9112", "bucket",
                "Bucket name '" + b + "' is not a valid S3 bucket name (3-63 lower-case letters, digits, dots and hyphens)"));
    }

    /** Turns a setting key into a finding at its source. */
    static final class Reporter {
        final Environment env;
        final Path file;
        final List<Finding> findings = new ArrayList<>();

        Reporter(Environment env) {
            this.env = env;
            this.file = env.file().orElse(Path.of(env.name() + ".yaml"));
        }

        void error(String id, String key, String message) {
            report(id, Severity.ERROR, key, message);
        }

        void report(String id, Severity severity, String key, String message) {
            Optional<Source> source = env.source(key);
            if (source.isPresent() && source.get().file() != null) {
                findings.add(new Finding(id, severity, source.get().file(), source.get().position(), message));
            } else {
                String from = source.map(s -> " (value from " + s.description() + ")").orElse("");
                findings.add(new Finding(id, severity, file, Position.START, message + from));
            }
        }
    }
}
