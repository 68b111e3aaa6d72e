package dev.collabinfra.deploy.regions;

import dev.collabinfra.deploy.DeployResult;

/**
 * How one region ended.
 *
 * @param result the region's deploy result, or null when it failed or was not started
 * @param failure why it failed (the user-facing message), or null
 */
public record RegionOutcome(String region, Status status, DeployResult result, String failure) {

    /** What happened in the region. */
    public enum Status {
        /** Created or updated. */
        DEPLOYED,
        /** Already ran this template with these parameters, or the change set was empty. */
        NO_CHANGES,
        /** A plan was made (the {@code plan} goal). */
        PLANNED,
        /** Its change set or its execution failed. */
        FAILED,
        /** Not executed: another region failed (beyond the failure tolerance) first; its change set was deleted. */
        NOT_STARTED
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
