package dev.collabinfra.environment;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Severity;
import dev.collabinfra.template.Suggestions;
import dev.collabinfra.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the multi-region keys of an environment ({@link RegionalSettings}) with findings at their
 * lines. Ids: E9113 {@code regions} (empty, duplicate, {@code region} and {@code regions}
 * together; a region code itself is E9109 on that region's view, at its {@code regions:} line); E9114 {@code regionParameters}
 * (a region not in {@code regions}, a parameter the main template does not declare); E9115
 * {@code operationPreferences} (bounds, count and percentage together, region order); E9116
 * {@code stackSet} (name, permission model, accounts, organizational units, role ARN and name).
 * The values of overrides are checked by {@link EnvironmentValidator} on each region's view.
 */
public final class RegionalCheck {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern OU = Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}");
    private static final Pattern ROOT = Pattern.compile("r-[0-9a-z]{4,32}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[-a-z]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Pattern STACK_SET_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]{0,127}");

    private final Environment env;
    private final RegionalSettings settings;
    private final Path file;
    private final List<Finding> findings = new ArrayList<>();

    private RegionalCheck(Environment env, RegionalSettings settings) {
        this.env = env;
        this.settings = settings;
        this.file = env.file().orElse(Path.of(env.name() + ".yaml"));
    }

    /** Every finding on the multi-region keys of {@code env}, against the main template's parameters. */
    public static List<Finding> check(Environment env, RegionalSettings settings, Template main) {
        RegionalCheck c = new RegionalCheck(env, settings);
        c.regions();
        c.regionParameters(main);
        c.preferences();
        settings.stackSet().ifPresent(c::stackSet);
        return c.findings;
    }

    private void regions() {
        if (!settings.multiRegion()) {
            if (settings.source("regions").isPresent()) {
                error("E9113", "regions", "regions is empty; list at least one region (regions: [us-east-1, eu-west-1]) or remove the key");
            }
            return;
        }
        Optional<Source> single = env.source("region").filter(s -> s.file() != null);
        if (env.region().isPresent() && single.isPresent()) {
            findings.add(new Finding("E9113", Severity.ERROR, single.get().file(), single.get().position(), "Environment '" + env.name() + "' sets both region and regions; keep one: region for one stack,"
                    + " regions for the same stack in several regions"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < settings.regions().size(); i++) {
            String region = settings.regions().get(i);
            String key = "regions[" + i + "]";
            if (!seen.add(region)) {
                error("E9113", key, "Region '" + region + "' is listed twice in regions; each region gets one stack: remove the repeat");
            }
        }
    }

    private void regionParameters(Template main) {
        if (settings.regionParameters().isEmpty()) {
            return;
        }
        List<String> regions = settings.regions().isEmpty() ? env.region().map(List::of).orElse(List.of()) : settings.regions();
        MapNode declared = main.parameters();
        for (Map.Entry<String, Map<String, String>> byRegion : settings.regionParameters().entrySet()) {
            String region = byRegion.getKey();
            if (!regions.contains(region)) {
                error("E9114", "regionParameters." + region, "regionParameters names region '" + region + "', which environment '"
                        + env.name() + "' does not deploy to"
                        + Suggestions.closest(region, regions).map(s -> "; did you mean '" + s + "'?").orElse("")
                        + " Its regions: " + (regions.isEmpty() ? "none (add regions: [...])" : String.join(", ", regions.stream().distinct().toList())));
            }
            for (String name : byRegion.getValue().keySet()) {
                if (!declared.containsKey(name)) {
                    error("E9114", "regionParameters." + region + "." + name, "Parameter '" + name + "' in regionParameters." + region
                            + " is not declared by " + main.file().getFileName()
                            + Suggestions.closest(name, declared.keys()).map(s -> "; did you mean '" + s + "'?").orElse("")
                            + " Declared parameters: " + String.join(", ", declared.keys()));
                } else if (settings.stackSet().isPresent() && !env.parameters().containsKey(name)) {
                    error("E9114", "regionParameters." + region + "." + name, "Parameter '" + name + "' in regionParameters." + region
                            + " becomes a ParameterOverride of the stack set's instances in " + region + ", and StackSets only override"
                            + " parameters the stack set specifies: give '" + name + "' a value under parameters: too (the value of the"
                            + " other regions)");
                }
            }
        }
    }

    private void preferences() {
        OperationPreferences p = settings.preferences();
        String at = "operationPreferences.";
        both(p.maxConcurrentCount(), p.maxConcurrentPercentage(), "maxConcurrentCount", "maxConcurrentPercentage");
        both(p.failureToleranceCount(), p.failureTolerancePercentage(), "failureToleranceCount", "failureTolerancePercentage");
        bound(p.maxConcurrentCount(), 1, Integer.MAX_VALUE, "maxConcurrentCount", "at least 1");
        bound(p.maxConcurrentPercentage(), 1, 100, "maxConcurrentPercentage", "1 to 100");
        bound(p.failureToleranceCount(), 0, Integer.MAX_VALUE, "failureToleranceCount", "0 or more");
        bound(p.failureTolerancePercentage(), 0, 100, "failureTolerancePercentage", "0 to 100");
        enumerated(p.regionConcurrencyType(), "regionConcurrencyType", List.of("SEQUENTIAL", "PARALLEL"));
        enumerated(p.concurrencyMode(), "concurrencyMode", List.of("STRICT_FAILURE_TOLERANCE", "SOFT_FAILURE_TOLERANCE"));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.regionOrder().size(); i++) {
            String region = p.regionOrder().get(i);
            if (!settings.regions().contains(region)) {
                error("E9115", at + "regionOrder[" + i + "]", "regionOrder names '" + region + "', which is not in regions"
                        + Suggestions.closest(region, settings.regions()).map(s -> "; did you mean '" + s + "'?").orElse("")
                        + " (regions: " + String.join(", ", settings.regions()) + ")");
            } else if (!seen.add(region)) {
                error("E9115", at + "regionOrder[" + i + "]", "regionOrder lists '" + region + "' twice; remove the repeat");
            }
        }
        if (settings.stackSet().isPresent() && p.maxConcurrentCount() != null && p.failureToleranceCount() != null
                && !"SOFT_FAILURE_TOLERANCE".equals(p.concurrencyMode()) && p.maxConcurrentCount() > p.failureToleranceCount() + 1) {
            error("E9115", at + "maxConcurrentCount", "maxConcurrentCount " + p.maxConcurrentCount() + " is more than"
                    + " failureToleranceCount + 1 (" + (p.failureToleranceCount() + 1) + "), which StackSets refuse under"
                    + " STRICT_FAILURE_TOLERANCE: lower it, raise failureToleranceCount, or set concurrencyMode: SOFT_FAILURE_TOLERANCE");
        }
    }

    private void stackSet(StackSetTarget s) {
        String at = "stackSet.";
        if (!settings.multiRegion()) {
            error("E9116", "stackSet", "A stack set needs the regions of its instances: add regions: [us-east-1, ...] to environment '"
                    + env.name() + "'");
        }
        if (s.name() == null) {
            error("E9116", "stackSet", "stackSet has no name; add name: my-stack-set");
        } else if (!STACK_SET_NAME.matcher(s.name()).matches()) {
            error("E9116", at + "name", "Stack set name '" + s.name() + "' is not valid: it must start with a letter and contain"
                    + " only letters, digits and hyphens, at most 128 characters");
        }
        if (!List.of(StackSetTarget.SELF_MANAGED, StackSetTarget.SERVICE_MANAGED).contains(s.permissionModel())) {
            error("E9116", at + "permissionModel", "permissionModel '" + s.permissionModel() + "' must be SELF_MANAGED (roles, accounts)"
                    + " or SERVICE_MANAGED (AWS Organizations, organizational units)");
            return;
        }
        List<String> accounts = s.accounts();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < accounts.size(); i++) {
            String account = accounts.get(i);
            if (!ACCOUNT.matcher(account).matches()) {
                error("E9116", at + "accounts[" + i + "]", "Account '" + account + "' is not an AWS account id: 12 digits"
                        + " (quote it, \"012345678901\", so YAML keeps leading zeros)");
            } else if (!seen.add(account)) {
                error("E9116", at + "accounts[" + i + "]", "Account '" + account + "' is listed twice; remove the repeat");
            }
        }
        for (int i = 0; i < s.organizationalUnits().size(); i++) {
            String unit = s.organizationalUnits().get(i);
            if (!OU.matcher(unit).matches() && !ROOT.matcher(unit).matches()) {
                error("E9116", at + "organizationalUnits[" + i + "]", "Organizational unit '" + unit + "' is not an OU id"
                        + " (ou-xxxx-xxxxxxxx, lower case) or a root id (r-xxxx)");
            }
        }
        Optional.ofNullable(s.administrationRoleArn()).filter(arn -> !ROLE_ARN.matcher(arn).matches())
                .ifPresent(arn -> error("E9116", at + "administrationRoleArn", "administrationRoleArn '" + arn
                        + "' is not an IAM role ARN (arn:aws:iam::123456789012:role/AWSCloudFormationStackSetAdministrationRole)"));
        Optional.ofNullable(s.executionRoleName()).filter(name -> !ROLE_NAME.matcher(name).matches())
                .ifPresent(name -> error("E9116", at + "executionRoleName", "executionRoleName '" + name + "' is not an IAM role name"
                        + (name.startsWith("arn:") ? " (give the name, e.g. AWSCloudFormationStackSetExecutionRole, not the ARN)" : "")));
        if (s.serviceManaged()) {
            if (s.organizationalUnits().isEmpty()) {
                error("E9116", "stackSet", "A SERVICE_MANAGED stack set deploys to organizational units: add organizationalUnits: [ou-xxxx-xxxxxxxx]");
            }
            if (s.administrationRoleArn() != null || s.executionRoleName() != null) {
                error("E9116", s.administrationRoleArn() != null ? at + "administrationRoleArn" : at + "executionRoleName",
                        "A SERVICE_MANAGED stack set uses the roles AWS Organizations manages; remove administrationRoleArn and"
                                + " executionRoleName, or use permissionModel: SELF_MANAGED");
            }
        } else {
            if (accounts.isEmpty()) {
                error("E9116", "stackSet", "A SELF_MANAGED stack set deploys to accounts: add accounts: [\"123456789012\"]"
                        + " (or use permissionModel: SERVICE_MANAGED with organizationalUnits)");
            }
            if (!s.organizationalUnits().isEmpty()) {
                error("E9116", at + "organizationalUnits[0]", "organizationalUnits need permissionModel: SERVICE_MANAGED;"
                        + " a SELF_MANAGED stack set deploys to accounts");
            }
            if (s.autoDeployment()) {
                error("E9116", at + "autoDeployment", "autoDeployment works only with permissionModel: SERVICE_MANAGED");
            }
        }
    }

    private void both(Integer count, Integer percentage, String countName, String percentageName) {
        if (count != null && percentage != null) {
            error("E9115", "operationPreferences." + percentageName, "Set either " + countName + " or " + percentageName
                    + " in operationPreferences, not both");
        }
    }

    private void bound(Integer value, int min, int max, String field, String range) {
        if (value != null && (value < min || value > max)) {
            error("E9115", "operationPreferences." + field, "operationPreferences." + field + " must be " + range + ", not " + value);
        }
    }

    private void enumerated(String value, String field, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            error("E9115", "operationPreferences." + field, "operationPreferences." + field + " '" + value + "' must be one of "
                    + String.join(", ", allowed) + Suggestions.closest(value, allowed).map(s -> "; did you mean '" + s + "'?").orElse(""));
        }
    }

    private void error(String id, String key, String message) {
        report(id, Severity.ERROR, key, message);
    }

    private void report(String id, Severity severity, String key, String message) {
        Optional<Source> source = settings.source(key);
        if (source.isPresent() && source.get().file() != null) {
            findings.add(new Finding(id, severity, source.get().file(), source.get().position(), message));
        } else {
            findings.add(new Finding(id, severity, file, Position.START, message));
        }
    }
}
