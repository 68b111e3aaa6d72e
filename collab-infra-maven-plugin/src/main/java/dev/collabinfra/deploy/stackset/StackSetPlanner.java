package dev.collabinfra.deploy.stackset;

import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.stackset.InstanceChanges.Action;
import dev.collabinfra.deploy.stackset.InstanceChanges.Change;
import dev.collabinfra.deploy.stackset.StackSetGateway.StackInstance;
import dev.collabinfra.deploy.stackset.StackSetGateway.StackSetState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What {@code deploy} would do to a stack set, without doing it (StackSets have no change sets):
 * whether the set is created or updated (the template, the parameter values), and per account (or
 * OU) and region the instances to add, those whose ParameterOverrides change, those that stay, and
 * those the environment no longer names. NoEcho values are shown as {@code ****}. Only read calls:
 * DescribeStackSet, ListStackInstances and DescribeStackInstance per named instance.
 */
public final class StackSetPlanner {

    private final StackSetContext context;

    public StackSetPlanner(StackSetContext context) {
        this.context = context;
    }

    /** The plan, also printed. */
    public record Plan(String setAction, List<String> parameterChanges, boolean templateChanges, InstanceChanges instances,
            List<String> lines) {}

    /**
     * @param renderedTemplate the main template this run would send (also when it goes by URL)
     */
    public Plan plan(StackSetDefinition definition, String renderedTemplate, StackSetTargets targets) {
        StackSetGateway gateway = context.gateway();
        SecretMasker masker = context.masker();
        String name = definition.name();
        Optional<StackSetState> state = gateway.describeStackSet(name);
        List<StackInstance> existing = state.isPresent() ? gateway.listStackInstances(name) : List.of();
        InstanceChanges instances = InstanceChanges.of(definition, targets, existing,
                i -> gateway.instanceOverrides(name, i.account(), i.region()));
        List<String> parameters = new ArrayList<>();
        boolean template = state.isEmpty() || state.get().templateBody() == null
                || !state.get().templateBody().strip().equals(renderedTemplate.strip());
        Map<String, String> before = state.map(StackSetState::parameters).orElse(Map.of());
        for (String key : new TreeSet<>(union(before.keySet(), definition.parameters().keySet()))) {
            String was = before.get(key);
            String now = definition.parameters().get(key);
            if (masker.isNoEcho(key) && now != null) {
                // CloudFormation never shows a NoEcho value back, so it cannot be compared: it is sent again.
                parameters.add(key + ": " + SecretMasker.MASK + " (NoEcho, sent again)");
            } else if (was == null) {
                parameters.add(key + ": " + show(masker, key, now) + " (new)");
            } else if (now == null) {
                parameters.add(key + ": " + show(masker, key, was) + " -> the template's default");
            } else if (!was.equals(now)) {
                parameters.add(key + ": " + show(masker, key, was) + " -> " + show(masker, key, now));
            }
        }
        boolean valuesChange = parameters.stream().anyMatch(p -> !p.endsWith("(NoEcho, sent again)"));
        String action = state.isEmpty() ? "create" : template || valuesChange ? "update" : "no change";
        List<String> lines = new ArrayList<>();
        lines.add("Plan for stack set " + name + " (" + definition.target().permissionModel() + "):");
        lines.add("  Stack set: " + switch (action) {
            case "create" -> "create";
            case "update" -> "update (" + (template ? "the template changes" : "the template is the same")
                    + (valuesChange ? ", parameter values change" : "") + "): every instance's stack is updated";
            default -> "no change to the template or the parameter values";
        });
        if (!parameters.isEmpty()) {
            lines.add("  Parameters" + (state.isEmpty() ? ":" : " that change:"));
            parameters.forEach(p -> lines.add("    " + p));
        }
        lines.add("  Instances:");
        for (Change c : instances.changes()) {
            lines.add("    " + pad(label(c.action()), 10) + c.who() + " " + c.region() + detail(c, masker, action));
        }
        lines.add("  " + instances.count(Action.ADD) + " instance(s) to add, " + instances.count(Action.UPDATE_OVERRIDES)
                + " with new parameter overrides, " + instances.count(Action.UNCHANGED) + " unchanged"
                + (action.equals("update") ? " (their stacks are updated with the stack set)" : "") + ", "
                + instances.count(Action.NOT_NAMED) + " not named by the environment (deploy leaves them; delete removes every instance)");
        lines.add("  What changes inside each instance's stack is not known before the operation runs: StackSets make no change sets.");
        lines.forEach(context.listener()::info);
        return new Plan(action, parameters, template, instances, lines);
    }

    private static String detail(Change c, SecretMasker masker, String setAction) {
        return switch (c.action()) {
            case ADD -> c.after().isEmpty() ? "" : "  overrides " + values(c.after(), masker);
            case UPDATE_OVERRIDES -> "  overrides " + (c.before().isEmpty() ? "none" : values(c.before(), masker)) + " -> "
                    + (c.after().isEmpty() ? "none (the stack set's values)" : values(c.after(), masker));
            case UNCHANGED -> c.after().isEmpty() ? "" : "  overrides " + values(c.after(), masker) + " (unchanged)";
            case NOT_NAMED -> "  (not named by the environment; deploy leaves it" + (setAction.equals("update") ? ", updated with the set" : "")
                    + ")";
        };
    }

    private static String label(Action action) {
        return switch (action) {
            case ADD -> "add";
            case UPDATE_OVERRIDES -> "update";
            case UNCHANGED -> "keep";
            case NOT_NAMED -> "not named";
        };
    }

    private static String values(Map<String, String> values, SecretMasker masker) {
        List<String> parts = new ArrayList<>();
        new TreeSet<>(values.keySet()).forEach(k -> parts.add(k + "=" + masker.parameterValue(k, values.get(k))));
        return String.join(", ", parts);
    }

    private static String show(SecretMasker masker, String key, String value) {
        return masker.parameterValue(key, value);
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
