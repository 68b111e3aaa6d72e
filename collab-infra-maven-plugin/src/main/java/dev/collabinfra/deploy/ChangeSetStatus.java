package dev.collabinfra.deploy;

/**
 * Where a change set stands.
 *
 * @param status CREATE_PENDING, CREATE_IN_PROGRESS, CREATE_COMPLETE, FAILED, ...
 * @param executionStatus AVAILABLE, UNAVAILABLE, EXECUTE_IN_PROGRESS, ...
 */
public record ChangeSetStatus(
        String changeSetId, String changeSetName, String stackId, String status, String statusReason, String executionStatus) {

    public boolean pending() {
        return status.equals("CREATE_PENDING") || status.equals("CREATE_IN_PROGRESS");
    }

    /** CloudFormation's two ways of saying that nothing would change. */
    public boolean empty() {
        String reason = statusReason == null ? "" : statusReason;
        return status.equals("FAILED")
                && (reason.contains("didn't contain changes") || reason.contains("No updates are to be performed"));
    }
}
