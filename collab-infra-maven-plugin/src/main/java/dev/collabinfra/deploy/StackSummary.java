package dev.collabinfra.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * One stack's part in an operation, for the closing summary: how it ended, how long it took and how
 * many of its resources changed.
 *
 * @param depth 0 for the main stack, 1 for its nested stacks, ...
 * @param started the first event of the operation seen for it; null when none was
 * @param ended its own settling event; null while it works (or when it was not seen)
 * @param status its last own status; null when no event of the stack itself was seen
 */
public record StackSummary(
        String label, String stackId, int depth, Instant started, Instant ended, String status, String reason, int resourcesChanged) {

    private static final Set<String> FAILED = Set.of("ROLLBACK_COMPLETE", "ROLLBACK_FAILED", "CREATE_FAILED", "UPDATE_FAILED",
            "UPDATE_ROLLBACK_COMPLETE", "UPDATE_ROLLBACK_FAILED", "DELETE_FAILED", "IMPORT_ROLLBACK_COMPLETE",
            "IMPORT_ROLLBACK_FAILED");

    /** The stack ended in a state that means its operation did not succeed. */
    public boolean failed() {
        return status != null && FAILED.contains(status);
    }

    /** Null when the start or the end was not seen. */
    public Duration duration() {
        return started == null || ended == null ? null : Duration.between(started, ended);
    }
}
