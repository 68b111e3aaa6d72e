package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code status} goal's logic: the stack's status, its recent events and outputs. A stack that
 * is working is followed until it settles, so "watch it with status" does what it says.
 */
public final class StackStatusReport {

    /** How many recent events to show for a settled stack. */
    static final int RECENT_EVENTS = 15;

    private final DeployContext context;

    public StackStatusReport(DeployContext context) {
        this.context = context;
    }

    /** Prints the report; returns the stack, or empty when it does not exist. */
    public Optional<StackState> report(String environment, String stackName, Duration timeout, SecretMasker masker)
            throws InterruptedException {
        ProgressListener out = masker.wrap(context.listener());
        StackGateway gateway = context.gateway();
        Optional<StackState> found = gateway.describeStack(stackName);
        if (found.isEmpty()) {
            out.info("Stack " + stackName + " (environment '" + environment + "') does not exist.");
            return found;
        }
        StackState stack = found.get();
        if (stack.inProgress()) {
            out.info("Stack " + stackName + " is " + stack.status() + "; following its events until it settles.");
            stack = context.eventStream(out, masker).follow(stack.stackId(), stackName, null,
                    context.clock().instant().plus(timeout), "Run mvn collab-infra:status -Denv=" + environment + " -Dcollab-infra.stackName=" + stackName
                            + " again to keep watching.")
                    .finalState();
            if (stack == null) {
                out.info("Stack " + stackName + " is gone.");
                return Optional.empty();
            }
        } else {
            List<StackEvent> events = gateway.describeStackEvents(stack.stackId(), null);
            out.info("Recent events:");
            for (StackEvent event : events.subList(Math.max(0, events.size() - RECENT_EVENTS), events.size())) {
                out.info(EventLine.format(event, stackName, context.clock().getZone(), masker));
            }
        }
        out.info("Stack " + stackName + ": " + stack.status()
                + (stack.statusReason() == null || stack.statusReason().isBlank() ? "" : " (" + stack.statusReason() + ")")
                + ", termination protection " + (stack.terminationProtection() ? "on" : "off"));
        // This run may not know the NoEcho values: the deployed template tells which outputs carry one.
        OutputsFiles.table(stack.outputs(), DeployedTemplates.maskerFor(gateway, stack, masker, out)).forEach(out::info);
        return Optional.of(stack);
    }
}
