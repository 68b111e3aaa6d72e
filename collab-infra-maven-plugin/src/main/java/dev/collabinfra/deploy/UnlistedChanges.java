package dev.collabinfra.deploy;

import java.util.Map;
import java.util.Optional;

/**
 * What a change set that lists no changes means. AWS fails an update change set that would change
 * nothing ("didn't contain changes"), and one that changes only outputs or stack tags completes
 * with no resource changes. Other CloudFormation implementations list no changes at all, complete
 * an empty change set, and executing it runs a full update. Whether this endpoint lists changes is
 * decided from what the plugin knows, never from a product name:
 *
 * <ul>
 *   <li>a CREATE change set always adds resources: listing none means the endpoint does not list them;
 *   <li>an UPDATE whose resources or parameter values differ from the deployed stack would list
 *       changes on AWS: the same conclusion;
 *   <li>an UPDATE that changes only outputs or tags is executed, and the plan says so;
 *   <li>otherwise nothing differs: the change set is not executed.
 * </ul>
 */
final class UnlistedChanges {

    /** What to do with a change set that lists no changes. */
    enum Verdict {
        /** Execute it: the endpoint does not list changes, the plan says so. */
        ENDPOINT_DOES_NOT_LIST,
        /** Execute it: only outputs or stack tags change, which change sets do not list as resource changes. */
        NO_RESOURCE_CHANGES,
        /** Do not execute it: nothing differs from the deployed stack. */
        NOTHING
    }

    /** The verdict and, for {@link Verdict#NO_RESOURCE_CHANGES}, what changes. */
    record Judgement(Verdict verdict, String what) {}

    private UnlistedChanges() {}

    /**
     * @param stack the deployed stack; null (or REVIEW_IN_PROGRESS) for a create
     * @param resolved the parameters the change set got; null for a kept change set (nothing known)
     */
    static Judgement judge(boolean create, DeployRequest request, StackState stack, ParameterResolver.Resolved resolved,
            StackGateway gateway) {
        if (create || stack == null) {
            return new Judgement(Verdict.ENDPOINT_DOES_NOT_LIST, null);
        }
        Optional<TemplateComparison> comparison = TemplateComparison.of(gateway.getOriginalTemplate(stack.stackId()),
                request.templates().mainText());
        if (comparison.isEmpty() || !comparison.get().sameResources() || resolved == null || parametersDiffer(resolved, stack)) {
            return new Judgement(Verdict.ENDPOINT_DOES_NOT_LIST, null);
        }
        if (!comparison.get().sameSection("Outputs")) {
            return new Judgement(Verdict.NO_RESOURCE_CHANGES, "outputs");
        }
        if (!NoChangeCheck.userTags(request.tags()).equals(NoChangeCheck.userTags(stack.tags()))) {
            return new Judgement(Verdict.NO_RESOURCE_CHANGES, "stack tags");
        }
        return new Judgement(Verdict.NOTHING, null);
    }

    /** A visible parameter value differs from the deployed one (NoEcho values cannot be compared). */
    private static boolean parametersDiffer(ParameterResolver.Resolved resolved, StackState stack) {
        Map<String, String> deployed = stack.parameters();
        for (ParameterValue value : resolved.values()) {
            if (!value.usePreviousValue() && !resolved.noEcho().contains(value.key()) && !value.value().equals(deployed.get(value.key()))) {
                return true;
            }
        }
        for (Map.Entry<String, String> entry : resolved.defaults().entrySet()) {
            String before = deployed.get(entry.getKey());
            if (before != null && !resolved.noEcho().contains(entry.getKey()) && !before.equals(entry.getValue())) {
                return true;
            }
        }
        return false;
    }
}
