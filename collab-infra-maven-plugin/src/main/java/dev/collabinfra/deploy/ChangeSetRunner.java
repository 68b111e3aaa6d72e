package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Steps 4 to 7 for a change set that exists: show the plan, apply the data-loss guard, then either
 * stop (plan) or execute it, follow the events and end with the outputs or with why it failed.
 */
final class ChangeSetRunner {

    private final DeployContext context;
    private final ProgressListener out;
    private final SecretMasker masker;
    private final List<ParameterValue> parameters;
    private final InterruptGuard interrupts;

    /** @param parameters what the change set got, for the result (empty for a kept change set) */
    ChangeSetRunner(DeployContext context, ProgressListener out, SecretMasker masker, List<ParameterValue> parameters,
            InterruptGuard interrupts) {
        this.context = context;
        this.out = out;
        this.masker = masker;
        this.parameters = List.copyOf(parameters);
        this.interrupts = interrupts;
    }

    /**
     * @param stack the stack before the deploy (null when it is created)
     * @param resolved the parameters the change set got
     */
    DeployResult planAndRun(DeployRequest request, ChangeSetStatus changeSet, String name, boolean create, boolean createdByUs,
            Instant deadline, String token, StackState stack, ParameterResolver.Resolved resolved) throws InterruptedException {
        StackGateway gateway = context.gateway();
        List<PlannedChange> changes = gateway.describeChangeSet(request.stackName(), changeSet.changeSetId());
        String note = null;
        if (changes.isEmpty()) {
            UnlistedChanges.Judgement judgement = UnlistedChanges.judge(create, request, stack, resolved, gateway);
            switch (judgement.verdict()) {
                case NOTHING -> {
                    String problem = cleanUp(request.stackName(), changeSet, createdByUs);
                    interrupts.changeSetGone();
                    out.info("No changes: change set " + name + " lists no changes and the stack's template, parameters and tags are"
                            + " the ones deployed; it was " + (problem == null ? "deleted" : "not deleted (" + problem + ")")
                            + " without being executed.");
                    return new DeployResult(DeployResult.Outcome.NO_CHANGES, stack, null, parameters, masker);
                }
                case ENDPOINT_DOES_NOT_LIST -> note = ChangeSetPlan.UNLISTED;
                case NO_RESOURCE_CHANGES -> note = "no resource changes; only the " + judgement.what() + " change";
            }
        }
        ChangeSetPlan plan = new ChangeSetPlan(request.stackName(), name, changeSet.changeSetId(), create, changes)
                .with(resolved == null ? List.of() : ParameterChange.of(resolved, stack, masker), note);
        plan.render().forEach(out::info);
        if (ChangeSetPlan.UNLISTED.equals(note)) {
            out.warn("Change set " + name + " lists no changes, but " + (create ? "a new stack always adds its resources"
                    : "the template's resources or the parameter values differ from the deployed stack")
                    + ": this endpoint does not list changes, so the plan above cannot show what will change.");
        }
        guard(request, plan, changeSet, createdByUs);
        if (request.planOnly()) {
            if (request.keepChangeSet()) {
                interrupts.changeSetGone();
                out.info("Kept change set " + name + ". Execute exactly this plan with: mvn collab-infra:deploy -Denv="
                        + request.environment() + " -Dcollab-infra.changeSet=" + name);
            } else {
                String problem = cleanUp(request.stackName(), changeSet, createdByUs);
                interrupts.changeSetGone();
                out.info(problem == null ? "Deleted change set " + name + " (keep it with -Dcollab-infra.keepChangeSet=true)."
                        : "Could not delete change set " + name + ": " + problem);
            }
            return new DeployResult(DeployResult.Outcome.PLANNED, null, plan, parameters, masker);
        }
        return execute(request, plan, changeSet.stackId(), create, deadline, token);
    }

    /** Executes exactly a change set kept by {@code plan}. */
    DeployResult executeKept(DeployRequest request, Optional<StackState> stack, Instant deadline) throws InterruptedException {
        StackGateway gateway = context.gateway();
        String name = request.keptChangeSet();
        ChangeSetStatus changeSet = (stack.isEmpty() ? Optional.<ChangeSetStatus>empty() : gateway.findChangeSet(request.stackName(), name))
                .orElseThrow(() -> new UserException("Stack " + request.stackName() + " has no change set named '" + name
                        + "'. Make one with mvn collab-infra:plan -Denv=" + request.environment()
                        + " -Dcollab-infra.keepChangeSet=true and pass the name it prints."));
        if (!changeSet.status().equals("CREATE_COMPLETE") || !"AVAILABLE".equals(changeSet.executionStatus())) {
            throw new UserException("Change set '" + name + "' of stack " + request.stackName() + " cannot be executed: it is "
                    + changeSet.status() + "/" + changeSet.executionStatus()
                    + (changeSet.statusReason() == null ? "" : " (" + changeSet.statusReason() + ")")
                    + ". Make a new plan with mvn collab-infra:plan -Denv=" + request.environment() + " -Dcollab-infra.keepChangeSet=true.");
        }
        interrupts.changeSetMade(request.stackName(), name, changeSet.changeSetId(), null, false, request.watchHint());
        boolean create = stack.get().status().equals("REVIEW_IN_PROGRESS");
        ChangeSetPlan shown = request.mode().shownPlan();
        if (shown != null && shown.changeSetId().equals(changeSet.changeSetId())) {
            // Shown and guarded in the preview a moment ago (multi-region deploy): printing it again would double every region's plan.
            return execute(request, shown, changeSet.stackId(), create, deadline, "collab-infra-" + context.runIds().get());
        }
        List<PlannedChange> changes = gateway.describeChangeSet(request.stackName(), changeSet.changeSetId());
        ChangeSetPlan plan = new ChangeSetPlan(request.stackName(), name, changeSet.changeSetId(), create, changes)
                .with(List.of(), changes.isEmpty() ? ChangeSetPlan.UNLISTED + ", or nothing changes" : null);
        plan.render().forEach(out::info);
        guard(request, plan, changeSet, false);
        return execute(request, plan, changeSet.stackId(), create, deadline, "collab-infra-" + context.runIds().get());
    }

    private void guard(DeployRequest request, ChangeSetPlan plan, ChangeSetStatus changeSet, boolean createdByUs) {
        List<DataLossGuard.Risk> risks = new DataLossGuard(context.gateway()).risks(plan.changes(), request.templates());
        List<DataLossGuard.Risk> refused = DataLossGuard.refused(risks, request.allowReplacement());
        for (DataLossGuard.Risk risk : risks) {
            if (!refused.contains(risk)) {
                out.warn("Allowed by allowReplacement: " + risk.address() + " (" + risk.resourceType() + "): " + risk.why());
            }
        }
        if (refused.isEmpty()) {
            return;
        }
        String problem = cleanUp(request.stackName(), changeSet, createdByUs);
        interrupts.changeSetGone();
        StringBuilder message = new StringBuilder("Refused: change set " + plan.changeSetName() + " would delete data in stack "
                + request.stackName() + ":");
        for (DataLossGuard.Risk risk : refused) {
            message.append("\n  - ").append(risk.address()).append(" (").append(risk.resourceType()).append("): ").append(risk.why());
        }
        message.append(problem == null ? "\nThe change set was deleted." : "\n" + cleanUpFailed(request.stackName(), plan.changeSetName(), problem))
                .append(" Fix: keep the data with DeletionPolicy/UpdateReplacePolicy: Retain (or Snapshot),")
                .append(" or, if losing it is intended, deploy with -Dcollab-infra.allowReplacement=")
                .append(String.join(",", refused.stream().map(DataLossGuard.Risk::logicalId).distinct().toList()));
        throw new UserException(message.toString());
    }

    /**
     * Deletes the change set (and the empty stack a CREATE change set made). A failure here must not
     * hide why the clean-up was needed: it is returned, for the caller to say both.
     *
     * @return null when clean, otherwise what failed
     */
    String cleanUp(String stackName, ChangeSetStatus changeSet, boolean deleteReviewStack) {
        return cleanUp(context.gateway(), stackName, changeSet, deleteReviewStack);
    }

    static String cleanUp(StackGateway gateway, String stackName, ChangeSetStatus changeSet, boolean deleteReviewStack) {
        try {
            gateway.deleteChangeSet(stackName, changeSet.changeSetId());
            if (deleteReviewStack) {
                // A CREATE change set leaves an empty REVIEW_IN_PROGRESS stack behind; it has no resources.
                gateway.deleteStack(changeSet.stackId(), null);
            }
            return null;
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** The sentence that names what is left and how to remove it. */
    static String cleanUpFailed(String stackName, String changeSetName, String problem) {
        return "Cleaning up failed too: " + problem + ". Delete the change set with: aws cloudformation delete-change-set"
                + " --stack-name " + stackName + " --change-set-name " + changeSetName + ".";
    }

    private DeployResult execute(DeployRequest request, ChangeSetPlan plan, String stackId, boolean create, Instant deadline, String token)
            throws InterruptedException {
        StackGateway gateway = context.gateway();
        List<StackEvent> newest = gateway.describeStackEvents(stackId, null);
        String marker = newest.isEmpty() ? null : newest.get(newest.size() - 1).eventId();
        interrupts.beginExecute();
        gateway.executeChangeSet(request.stackName(), plan.changeSetId(), token + "-execute");
        out.info("Executing change set " + plan.changeSetName() + "; events of " + request.stackName() + " and its nested stacks follow"
                + " (collab-infra.events=" + context.events().name().toLowerCase(java.util.Locale.ROOT) + ").");
        StackEventStream.Result result;
        try {
            result = context.eventStream(out, masker, EventView.widthFor(plan.longestAddress()))
                    .follow(stackId, request.stackName(), marker, deadline, request.watchHint());
        } catch (StillRunningException stopped) {
            result = reachedItsEnd(request, stackId).orElseThrow(() -> stopped);
        }
        interrupts.done();
        StackState state = result.finalState();
        boolean rootOk = state != null && StackStatuses.success(state.status());
        List<StackSummary> failedNested = rootOk ? result.failedNestedStacks() : List.of();
        if (!rootOk || !failedNested.isEmpty()) {
            throw failure(request, stackId, create, result, state, failedNested);
        }
        if (create) {
            if (Boolean.TRUE.equals(request.terminationProtection())) {
                gateway.updateTerminationProtection(stackId, true);
                out.info("Termination protection enabled on stack " + request.stackName() + ".");
            }
        } else {
            applyTerminationProtection(gateway, request, state, out);
        }
        out.info((create ? "Created" : "Updated") + " stack " + request.stackName() + " (" + state.status() + ").");
        return new DeployResult(create ? DeployResult.Outcome.CREATED : DeployResult.Outcome.UPDATED, state, plan, parameters, masker);
    }

    /**
     * The stream stopped (timeout, or the connection stayed lost), but the stack may have finished by
     * itself: one last look, so a stack that succeeded still gets its termination protection and
     * outputs.
     */
    private Optional<StackEventStream.Result> reachedItsEnd(DeployRequest request, String stackId) {
        try {
            Optional<StackState> state = context.gateway().describeStack(stackId)
                    .filter(s -> StackStatuses.success(s.status()));
            state.ifPresent(s -> out.warn("Could not follow the events to the end, but stack " + request.stackName() + " reached "
                    + s.status() + " by itself; going on (its events: mvn collab-infra:status -Denv=" + request.environment()
                    + " -Dcollab-infra.stackName=" + request.stackName() + ")."));
            return state.map(s -> new StackEventStream.Result(s, List.of()));
        } catch (RuntimeException stillUnreachable) {
            return Optional.empty();
        }
    }

    /**
     * Why the deploy failed: the root's final status, or a nested stack that ended failed although
     * the root reports success (some CloudFormation implementations do that).
     */
    private UserException failure(DeployRequest request, String stackId, boolean create, StackEventStream.Result result, StackState state,
            List<StackSummary> failedNested) {
        StackGateway gateway = context.gateway();
        String finalStatus = state == null ? "DELETE_COMPLETE" : state.status();
        String finalReason = state == null ? null : state.statusReason();
        FailureReport report = FailureReport.of(result.events(), request.stackName(), finalStatus, finalReason);
        if (report.reasons().isEmpty()) {
            // The stream saw no real reason (a nested stack failed before it was followed): read the history.
            List<StackEventStream.LabelledEvent> history = new ArrayList<>(EventHistory.collect(gateway, stackId, request.stackName()));
            for (StackSummary nested : failedNested) {
                history.addAll(EventHistory.collect(gateway, nested.stackId(), nested.label()));
            }
            report = FailureReport.of(history, request.stackName(), finalStatus, finalReason);
        }
        report.render(masker).forEach(out::error);
        if (!failedNested.isEmpty()) {
            StackSummary first = failedNested.get(0);
            for (StackSummary nested : failedNested) {
                out.error("Nested stack " + nested.label() + " ended " + nested.status() + " although stack " + request.stackName()
                        + " reports " + finalStatus + ".");
            }
            return new UserException("Deploy of stack " + request.stackName() + " failed: nested stack " + first.label() + " ended "
                    + first.status() + " although stack " + request.stackName() + " reports " + finalStatus + "; "
                    + report.headline(masker) + ". Fix the cause and deploy again (the nested stack may need deleting first).");
        }
        return new UserException("Deploy of stack " + request.stackName() + " failed: " + report.headline(masker)
                + (create && state != null && state.status().equals("ROLLBACK_COMPLETE")
                        ? ". The next deploy needs -Dcollab-infra.recreateFailedStack=true (or mvn collab-infra:delete) first."
                        : ""));
    }

    /** Applies the environment's termination protection when it differs from the stack's. */
    static void applyTerminationProtection(StackGateway gateway, DeployRequest request, StackState stack, ProgressListener out) {
        if (request.terminationProtection() != null && request.terminationProtection() != stack.terminationProtection()) {
            gateway.updateTerminationProtection(stack.stackId(), request.terminationProtection());
            out.info("Termination protection " + (request.terminationProtection() ? "enabled" : "disabled") + " on stack "
                    + request.stackName() + ".");
        }
    }
}
