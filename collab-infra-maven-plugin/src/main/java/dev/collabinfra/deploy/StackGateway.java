package dev.collabinfra.deploy;

import java.util.List;
import java.util.Optional;

/**
 * What the deploy logic needs from CloudFormation, and nothing more. The only implementation that
 * talks to AWS is {@code aws.SdkStackGateway}; keeping the surface this small keeps the deploy logic
 * free of SDK types and lets unit tests of pure decisions use a fake.
 *
 * <p>Implementations throw {@link ThrottledException} when CloudFormation keeps throttling after the
 * client's own retries, and {@link dev.collabinfra.core.UserException} for problems the user can fix
 * (credentials, region, a template CloudFormation rejects).
 */
public interface StackGateway {

    /** The stack by name or id; empty when it does not exist (deleted stacks only by id). */
    Optional<StackState> describeStack(String stackNameOrId);

    /** The stack's template as it was submitted ({@code TemplateStage=Original}). */
    String getOriginalTemplate(String stackNameOrId);

    /** Starts creating a change set and returns its id (ARN) and the stack id. */
    ChangeSetStatus createChangeSet(ChangeSetRequest request);

    /*
     * Every change-set call names the stack as well as the change set: AWS accepts the change set's
     * ARN alone, other CloudFormation implementations answer "Stack with id null does not exist",
     * and AWS accepts both together.
     */

    /** The change set's status without its changes: one call, for polling. */
    ChangeSetStatus changeSetStatus(String stackName, String changeSetId);

    /** Every change, all pages, with the changes of nested change sets flattened in. */
    List<PlannedChange> describeChangeSet(String stackName, String changeSetId);

    /** Looks up a change set by name on a stack, e.g. one kept by {@code plan}. */
    Optional<ChangeSetStatus> findChangeSet(String stackName, String changeSetName);

    void executeChangeSet(String stackName, String changeSetId, String clientToken);

    void deleteChangeSet(String stackName, String changeSetId);

    void deleteStack(String stackId, String clientToken);

    /**
     * Events newer than {@code sinceEventId}, oldest first. Pages newest-first and stops at the page
     * that holds {@code sinceEventId}; with a {@code null} id only the newest page is read.
     */
    List<StackEvent> describeStackEvents(String stackId, String sinceEventId);

    /**
     * Events of a stack from {@code notBefore} on, oldest first: pages back until an older event,
     * so a nested stack seen for the first time shows its whole operation even when it already
     * produced more than a page of events. Gateways that cannot page read the newest page.
     */
    default List<StackEvent> describeStackEventsFrom(String stackId, java.time.Instant notBefore) {
        return describeStackEvents(stackId, null);
    }

    /** The stack's resources, all pages. */
    List<StackResourceSummary> listStackResources(String stackId);

    void updateTerminationProtection(String stackId, boolean enabled);

    void continueUpdateRollback(String stackId, String clientToken);
}
