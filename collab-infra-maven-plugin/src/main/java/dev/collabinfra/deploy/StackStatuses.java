package dev.collabinfra.deploy;

import java.util.Set;

/** What CloudFormation's status strings mean for the deploy flow. */
public final class StackStatuses {

    /** Statuses an update can start from. */
    private static final Set<String> UPDATABLE = Set.of(
            "CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE", "IMPORT_COMPLETE",
            "IMPORT_ROLLBACK_COMPLETE");

    /** A create that never succeeded: CloudFormation only lets you delete these. */
    private static final Set<String> FAILED_CREATE = Set.of("ROLLBACK_COMPLETE", "CREATE_FAILED", "ROLLBACK_FAILED");

    private static final Set<String> SUCCESS = Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE");

    private StackStatuses() {}

    /** Work is going on; {@code REVIEW_IN_PROGRESS} is not work, it is a stack waiting for its first change set. */
    public static boolean inProgress(String status) {
        return status.endsWith("_IN_PROGRESS") && !status.equals("REVIEW_IN_PROGRESS");
    }

    /** Nothing more will happen to the stack without a new request. */
    public static boolean settled(String status) {
        return !status.endsWith("_IN_PROGRESS") || status.equals("REVIEW_IN_PROGRESS");
    }

    public static boolean updatable(String status) {
        return UPDATABLE.contains(status);
    }

    public static boolean failedCreate(String status) {
        return FAILED_CREATE.contains(status);
    }

    public static boolean success(String status) {
        return SUCCESS.contains(status);
    }

    /** A resource event that reports a failure. */
    public static boolean failed(String status) {
        return status.endsWith("_FAILED");
    }
}
