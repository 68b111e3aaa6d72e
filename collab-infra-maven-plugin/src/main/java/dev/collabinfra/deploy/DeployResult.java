package dev.collabinfra.deploy;

import java.util.List;

/**
 * How a deploy ended.
 *
 * @param finalState the stack afterwards (null when a plan was made for a stack that does not exist)
 * @param plan the change set's plan, or null when nothing changed
 * @param parameters what was sent for each parameter (empty when a kept change set ran)
 */
public record DeployResult(Outcome outcome, StackState finalState, ChangeSetPlan plan, List<ParameterValue> parameters, SecretMasker masker) {

    public DeployResult {
        parameters = List.copyOf(parameters);
    }

    /** The same result, shown through another masker. */
    public DeployResult withMasker(SecretMasker other) {
        return new DeployResult(outcome, finalState, plan, parameters, other);
    }

    /** What happened. */
    public enum Outcome {
        CREATED,
        UPDATED,
        NO_CHANGES,
        PLANNED
    }
}
