package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Step 2 of a deploy: brings the stack into a state a change set can start from. Waits for work in
 * progress, explains {@code ROLLBACK_COMPLETE} and {@code UPDATE_ROLLBACK_FAILED} (or, when asked,
 * recreates the stack or continues the rollback), and refuses states no change set can fix.
 */
final class StackSettler {

    /** A stack that keeps being busy after this many waits is someone else's loop; stop there. */
    private static final int MAX_ROUNDS = 4;

    private final DeployContext context;
    private final ProgressListener out;
    private final SecretMasker masker;

    StackSettler(DeployContext context, ProgressListener out, SecretMasker masker) {
        this.context = context;
        this.out = out;
        this.masker = masker;
    }

    /** The stack ready for a change set, or empty when it must be created. */
    Optional<StackState> settle(DeployRequest request, Optional<StackState> found, String token, Instant deadline)
            throws InterruptedException {
        Optional<StackState> state = found;
        for (int round = 0; round < MAX_ROUNDS && state.isPresent(); round++) {
            StackState stack = state.get();
            String status = stack.status();
            if (status.equals("REVIEW_IN_PROGRESS") || StackStatuses.updatable(status)) {
                return state;
            }
            if (StackStatuses.inProgress(status)) {
                out.info("Stack " + stack.stackName() + " is " + status + " (another operation is running); following it until it settles.");
                state = Optional.ofNullable(follow(stack, null, deadline, request).finalState());
            } else if (StackStatuses.failedCreate(status)) {
                state = recreate(request, stack, token, deadline);
            } else if (status.equals("UPDATE_ROLLBACK_FAILED")) {
                state = continueRollback(request, stack, token, deadline);
            } else if (status.equals("DELETE_COMPLETE")) {
                return Optional.empty();
            } else {
                throw new UserException("Stack " + stack.stackName() + " is " + status + reason(stack)
                        + "; no change set can start from there. Fix: see its events with mvn collab-infra:status -Denv="
                        + request.environment() + " -Dcollab-infra.stackName=" + stack.stackName() + (status.equals("DELETE_FAILED")
                                ? ", fix what blocked the delete, and delete it again with mvn collab-infra:delete -Denv="
                                        + request.environment() + " -Dcollab-infra.confirm=" + stack.stackName()
                                : "") + ".");
            }
        }
        if (state.isPresent() && !StackStatuses.updatable(state.get().status()) && !state.get().status().equals("REVIEW_IN_PROGRESS")) {
            throw new UserException("Stack " + request.stackName() + " is still " + state.get().status()
                    + " after waiting; another deployment keeps working on it. Try again when it is done. " + request.watchHint());
        }
        return state;
    }

    private Optional<StackState> recreate(DeployRequest request, StackState stack, String token, Instant deadline)
            throws InterruptedException {
        List<String> why = FailureReport.of(EventHistory.collect(context.gateway(), stack.stackId(), stack.stackName()),
                stack.stackName(), stack.status(), stack.statusReason()).render(masker);
        if (!request.recreateFailedStack()) {
            throw new UserException("Stack " + stack.stackName() + " is " + stack.status()
                    + ": it was never created successfully, and CloudFormation can only delete it.\n"
                    + String.join("\n", why)
                    + "\nFix the cause, then either deploy with -Dcollab-infra.recreateFailedStack=true (deletes and creates it)"
                    + " or delete it with mvn collab-infra:delete -Denv=" + request.environment()
                    + " -Dcollab-infra.confirm=" + stack.stackName() + ".");
        }
        if (stack.terminationProtection()) {
            throw new UserException("Stack " + stack.stackName() + " is " + stack.status()
                    + " and termination protection is on, so recreateFailedStack cannot delete it. Fix: aws cloudformation"
                    + " update-termination-protection --no-enable-termination-protection --stack-name " + stack.stackName());
        }
        why.forEach(out::info);
        out.info("Deleting stack " + stack.stackName() + " (" + stack.status() + ") to create it again (recreateFailedStack=true).");
        String marker = newestEventId(stack.stackId());
        context.gateway().deleteStack(stack.stackId(), token + "-recreate");
        StackState after = follow(stack, marker, deadline, request).finalState();
        if (after != null && !after.status().equals("DELETE_COMPLETE")) {
            throw new UserException("Could not delete failed stack " + stack.stackName() + ": it ended " + after.status() + reason(after));
        }
        return Optional.empty();
    }

    private Optional<StackState> continueRollback(DeployRequest request, StackState stack, String token, Instant deadline)
            throws InterruptedException {
        if (!request.continueUpdateRollback()) {
            throw new UserException("Stack " + stack.stackName() + " is UPDATE_ROLLBACK_FAILED" + reason(stack)
                    + ": CloudFormation could not roll back the last update, usually because a resource was changed or"
                    + " deleted outside CloudFormation, or a dependency is gone. Fix that cause, then deploy with"
                    + " -Dcollab-infra.continueUpdateRollback=true: the plugin calls ContinueUpdateRollback, waits for"
                    + " UPDATE_ROLLBACK_COMPLETE and then deploys.");
        }
        out.info("Continuing the failed rollback of stack " + stack.stackName() + " (continueUpdateRollback=true).");
        String marker = newestEventId(stack.stackId());
        context.gateway().continueUpdateRollback(stack.stackId(), token + "-continue");
        StackEventStream.Result result = follow(stack, marker, deadline, request);
        StackState after = result.finalState();
        if (after == null || !after.status().equals("UPDATE_ROLLBACK_COMPLETE")) {
            FailureReport.of(result.events(), stack.stackName(), after == null ? "gone" : after.status(), after == null ? null : after.statusReason())
                    .render(masker).forEach(out::error);
            throw new UserException("ContinueUpdateRollback did not bring stack " + stack.stackName() + " back to UPDATE_ROLLBACK_COMPLETE"
                    + (after == null ? "" : " (it is " + after.status() + ")") + "; see the reasons above.");
        }
        return Optional.of(after);
    }

    private StackEventStream.Result follow(StackState stack, String marker, Instant deadline, DeployRequest request) throws InterruptedException {
        return context.eventStream(out, masker).follow(stack.stackId(), stack.stackName(), marker, deadline, request.watchHint());
    }

    /** The newest event id, so following starts right after it. */
    String newestEventId(String stackId) {
        List<StackEvent> page = context.gateway().describeStackEvents(stackId, null);
        return page.isEmpty() ? null : page.get(page.size() - 1).eventId();
    }

    private String reason(StackState stack) {
        return stack.statusReason() == null || stack.statusReason().isBlank() ? "" : " (" + masker.mask(stack.statusReason()) + ")";
    }
}
