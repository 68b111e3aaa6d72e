package dev.collabinfra.deploy;

import dev.collabinfra.core.UserException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Ctrl-C means at each moment of a deploy, for the shutdown hook. Before
 * {@code ExecuteChangeSet} nothing runs in CloudFormation: the change set this run made is deleted
 * (with the empty {@code REVIEW_IN_PROGRESS} stack a first deploy leaves), or named when that
 * fails; once executed, CloudFormation goes on by itself and the hook says how to follow it.
 *
 * <p>The hook runs on another thread while the deploy thread goes on until the JVM stops: the two
 * meet on this object's lock, so a change set the hook is deleting is never executed, and the
 * deploy thread waits for the clean-up before it closes the clients.
 */
public final class InterruptGuard {

    private enum Phase {
        NOTHING_SENT,
        CHANGE_SET_MADE,
        EXECUTING,
        DONE
    }

    private Phase phase = Phase.NOTHING_SENT;
    private boolean interrupted;
    private String stackName;
    private String changeSetName;
    private String changeSetId;
    private String reviewStackId;
    private boolean ownChangeSet;
    private String watchHint = "";

    /**
     * A change set exists and has not run.
     *
     * @param reviewStackId the stack this run created to hold the change set (delete it too), or null
     * @param own false for a change set kept by {@code plan}: the hook names it but leaves it
     */
    synchronized void changeSetMade(String stack, String name, String id, String reviewStackId, boolean own, String hint) {
        this.stackName = stack;
        this.changeSetName = name;
        this.changeSetId = id;
        this.reviewStackId = reviewStackId;
        this.ownChangeSet = own;
        this.watchHint = hint;
        this.phase = Phase.CHANGE_SET_MADE;
    }

    /** The change set was deleted or will not run: nothing to clean up any more. */
    synchronized void changeSetGone() {
        if (phase == Phase.CHANGE_SET_MADE) {
            phase = Phase.NOTHING_SENT;
        }
    }

    /**
     * Called right before {@code ExecuteChangeSet}; throws when the run was interrupted, so the hook's
     * clean-up and the execution never race.
     */
    synchronized void beginExecute() {
        checkNotInterrupted();
        phase = Phase.EXECUTING;
    }

    /** Throws when the hook ran; callers in long waits call it to stop early. */
    synchronized void checkNotInterrupted() {
        if (interrupted) {
            throw new UserException("Interrupted before the change set ran; nothing was changed in CloudFormation.");
        }
    }

    synchronized void done() {
        phase = Phase.DONE;
    }

    /**
     * The shutdown hook's work: what to tell the user, after cleaning up what this run left.
     *
     * @param gateway the run's gateway (its clients are still open: the deploy thread waits on this lock)
     */
    public synchronized List<String> onInterrupt(StackGateway gateway) {
        interrupted = true;
        List<String> lines = new ArrayList<>();
        switch (phase) {
            case NOTHING_SENT -> lines.add("Interrupted before a change set was executed: nothing runs in CloudFormation.");
            case DONE -> lines.add("Interrupted after the deploy finished.");
            case EXECUTING -> lines.add("Interrupted. CloudFormation keeps working on stack " + stackName + " on its own. " + watchHint);
            case CHANGE_SET_MADE -> lines.addAll(cleanUp(gateway));
        }
        return lines;
    }

    private List<String> cleanUp(StackGateway gateway) {
        String nothing = "Interrupted before change set " + changeSetName + " was executed: nothing runs in CloudFormation"
                + " and stack " + stackName + " was not changed.";
        if (!ownChangeSet) {
            return List.of(nothing + " Change set " + changeSetName + " is kept; execute it later with -Dcollab-infra.changeSet="
                    + changeSetName + ".");
        }
        try {
            gateway.deleteChangeSet(stackName, changeSetId);
            if (reviewStackId != null) {
                gateway.deleteStack(reviewStackId, null);
            }
            phase = Phase.NOTHING_SENT;
            return List.of(nothing + " Deleted change set " + changeSetName
                    + (reviewStackId == null ? "." : " and the empty stack that held it (REVIEW_IN_PROGRESS)."));
        } catch (RuntimeException e) {
            return List.of(nothing, "Could not delete change set " + changeSetName + " (" + e.getMessage() + "). Delete it with:"
                    + " aws cloudformation delete-change-set --stack-name " + stackName + " --change-set-name " + changeSetName);
        }
    }
}
