package dev.collabinfra.deploy;

/**
 * How a deploy ended.
 *
 * @param finalState the stack afterwards (null when a plan was made for a stack that does not exist)
 * @param plan the change set's plan, or null when nothing changed
 */
public record DeployResult(Outcome outcome, StackState finalState, ChangeSetPlan plan, SecretMasker masker) {

    /** What happened. */
    public enum Outcome {
        CREATED,
        UPDATED,
        NO_CHANGES,
        PLANNED
    }
}
