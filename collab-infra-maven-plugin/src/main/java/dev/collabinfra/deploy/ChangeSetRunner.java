package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import java.time.Instant;
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

    /** @param parameters what the change set got, for the result (empty for a kept change set) */
    ChangeSetRunner(DeployContext context, ProgressListener out, SecretMasker masker, List<ParameterValue> parameters) {
        this.context = context;
        this.out = out;
        this.masker = masker;
        this.parameters = List.copyOf(parameters);
    }

    DeployResult planAndRun(DeployRequest request, ChangeSetStatus changeSet, String name, boolean create, boolean createdByUs,
            Instant deadline, String token) throws InterruptedException {
        StackGateway gateway = context.gateway();
        ChangeSetPlan plan = new ChangeSetPlan(request.stackName(), name, changeSet.changeSetId(), create,
                gateway.describeChangeSet(changeSet.changeSetId()));
        plan.render().forEach(out::info);
        guard(request, plan, changeSet, createdByUs);
        if (request.planOnly()) {
            if (request.keepChangeSet()) {
                out.info("Kept change set " + name + ". Execute exactly this plan with: mvn collab-infra:deploy -Denv="
                        + request.environment() + " -Dcollab-infra.changeSet=" + name);
            } else {
                gateway.deleteChangeSet(changeSet.changeSetId());
                if (createdByUs) {
                    gateway.deleteStack(changeSet.stackId(), null);
                }
                out.info("Deleted change set " + name + " (keep it with -Dcollab-infra.keepChangeSet=true).");
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
        boolean create = stack.get().status().equals("REVIEW_IN_PROGRESS");
        ChangeSetPlan plan = new ChangeSetPlan(request.stackName(), name, changeSet.changeSetId(), create,
                gateway.describeChangeSet(changeSet.changeSetId()));
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
        context.gateway().deleteChangeSet(changeSet.changeSetId());
        if (createdByUs) {
            context.gateway().deleteStack(changeSet.stackId(), null);
        }
        StringBuilder message = new StringBuilder("Refused: change set " + plan.changeSetName() + " would delete data in stack "
                + request.stackName() + ":");
        for (DataLossGuard.Risk risk : refused) {
            message.append("\n  - ").append(risk.address()).append(" (").append(risk.resourceType()).append("): ").append(risk.why());
        }
        message.append("\nThe change set was deleted. Fix: keep the data with DeletionPolicy/UpdateReplacePolicy: Retain (or Snapshot),")
                .append(" or, if losing it is intended, deploy with -Dcollab-infra.allowReplacement=")
                .append(String.join(",", refused.stream().map(DataLossGuard.Risk::logicalId).distinct().toList()));
        throw new UserException(message.toString());
    }

    private DeployResult execute(DeployRequest request, ChangeSetPlan plan, String stackId, boolean create, Instant deadline, String token)
            throws InterruptedException {
        StackGateway gateway = context.gateway();
        List<StackEvent> newest = gateway.describeStackEvents(stackId, null);
        String marker = newest.isEmpty() ? null : newest.get(newest.size() - 1).eventId();
        gateway.executeChangeSet(plan.changeSetId(), token + "-execute");
        out.info("Executing change set " + plan.changeSetName() + "; events of " + request.stackName() + " and its nested stacks follow.");
        StackEventStream.Result result = context.eventStream(out, masker)
                .follow(stackId, request.stackName(), marker, deadline, request.watchHint());
        StackState state = result.finalState();
        if (state == null || !StackStatuses.success(state.status())) {
            String finalStatus = state == null ? "DELETE_COMPLETE" : state.status();
            String finalReason = state == null ? null : state.statusReason();
            FailureReport report = FailureReport.of(result.events(), request.stackName(), finalStatus, finalReason);
            if (report.reasons().isEmpty()) {
                // The stream saw no real reason (a nested stack failed before it was followed): read the history.
                report = FailureReport.of(EventHistory.collect(gateway, stackId, request.stackName()), request.stackName(), finalStatus,
                        finalReason);
            }
            report.render(masker).forEach(out::error);
            throw new UserException("Deploy of stack " + request.stackName() + " failed: " + report.headline(masker)
                    + (create && state != null && state.status().equals("ROLLBACK_COMPLETE")
                            ? ". The next deploy needs -Dcollab-infra.recreateFailedStack=true (or mvn collab-infra:delete) first."
                            : ""));
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

    /** Applies the environment's termination protection when it differs from the stack's. */
    static void applyTerminationProtection(StackGateway gateway, DeployRequest request, StackState stack, ProgressListener out) {
        if (request.terminationProtection() != null && request.terminationProtection() != stack.terminationProtection()) {
            gateway.updateTerminationProtection(stack.stackId(), request.terminationProtection());
            out.info("Termination protection " + (request.terminationProtection() ? "enabled" : "disabled") + " on stack "
                    + request.stackName() + ".");
        }
    }
}
