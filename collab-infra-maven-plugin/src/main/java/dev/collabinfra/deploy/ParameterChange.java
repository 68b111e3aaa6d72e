package dev.collabinfra.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parameter's value before and after the deploy, as shown in the plan: NoEcho values are
 * {@code ****}, a value CloudFormation keeps is "(previous value)".
 *
 * @param before the deployed value, null when the stack is created or did not have the parameter
 * @param after the value the change set sends (the template's default when none is given)
 * @param noEcho CloudFormation shows neither value, so whether it changes is unknown
 */
public record ParameterChange(String key, String before, String after, boolean noEcho) {

    /** {@code old → new}, or {@code new} for a stack being created. */
    public String render() {
        String change = before == null ? after : before + " → " + after;
        return noEcho ? change + " (NoEcho: not shown; CloudFormation decides whether it changed)" : change;
    }

    /**
     * The parameters that change (all of them for a create), values masked.
     *
     * @param stack the deployed stack, or null when it is created
     */
    static List<ParameterChange> of(ParameterResolver.Resolved resolved, StackState stack, SecretMasker masker) {
        Map<String, String> deployed = stack == null || "REVIEW_IN_PROGRESS".equals(stack.status()) ? Map.of() : stack.parameters();
        boolean create = deployed.isEmpty();
        List<ParameterChange> changes = new ArrayList<>();
        for (ParameterValue value : resolved.values()) {
            if (value.usePreviousValue()) {
                continue;
            }
            add(changes, value.key(), deployed.get(value.key()), value.value(), create, masker, true);
        }
        resolved.defaults().forEach((key, value) -> add(changes, key, deployed.get(key), value, create, masker, false));
        return changes;
    }

    private static void add(List<ParameterChange> into, String key, String before, String after, boolean create, SecretMasker masker,
            boolean given) {
        boolean noEcho = masker.isNoEcho(key);
        if (noEcho) {
            if (create || given) {
                into.add(new ParameterChange(key, create ? null : SecretMasker.MASK, SecretMasker.MASK, !create));
            }
            return;
        }
        if (create || before != null && !Objects.equals(before, after)) {
            into.add(new ParameterChange(key, create ? null : masker.mask(before), masker.mask(after), false));
        }
    }
}
