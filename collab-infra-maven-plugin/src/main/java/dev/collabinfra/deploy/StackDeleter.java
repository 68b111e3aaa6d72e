package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code delete} goal's logic: only with the stack's name typed as confirmation, never a
 * protected stack, following the events, and naming every resource that failed to delete and why.
 */
public final class StackDeleter {

    private final DeployContext context;

    public StackDeleter(DeployContext context) {
        this.context = context;
    }

    /**
     * @param confirmation what the user typed as {@code -Dcollab-infra.confirm}
     * @return the final state (DELETE_COMPLETE), or empty when there was no stack
     */
    public Optional<StackState> delete(String environment, String stackName, String confirmation, Duration timeout, SecretMasker masker)
            throws InterruptedException {
        if (!stackName.equals(confirmation)) {
            throw new UserException("Deleting stack " + stackName + " (environment '" + environment + "') needs confirmation: run"
                    + " mvn collab-infra:delete -Denv=" + environment + " -Dcollab-infra.confirm=" + stackName
                    + (confirmation == null || confirmation.isEmpty() ? "" : " (confirm was '" + confirmation + "')"));
        }
        ProgressListener out = masker.wrap(context.listener());
        StackGateway gateway = context.gateway();
        Optional<StackState> found = gateway.describeStack(stackName);
        if (found.isEmpty()) {
            out.info("Stack " + stackName + " does not exist; nothing to delete.");
            return Optional.empty();
        }
        StackState stack = found.get();
        if (stack.terminationProtection()) {
            throw new UserException("Stack " + stackName + " has termination protection, so it cannot be deleted. Fix: set"
                    + " 'terminationProtection: false' in the environment file and deploy (or run aws cloudformation"
                    + " update-termination-protection --no-enable-termination-protection --stack-name " + stackName
                    + "), then delete again.");
        }
        String hint = "Watch it with: mvn collab-infra:status -Denv=" + environment + " -Dcollab-infra.stackName=" + stackName + ".";
        Instant deadline = context.clock().instant().plus(timeout);
        StackEventStream stream = context.eventStream(out, masker);
        if (stack.inProgress()) {
            out.info("Stack " + stackName + " is " + stack.status() + "; waiting for it to settle before deleting.");
            stream.follow(stack.stackId(), stackName, null, deadline, hint);
        }
        List<StackEvent> newest = gateway.describeStackEvents(stack.stackId(), null);
        String marker = newest.isEmpty() ? null : newest.get(newest.size() - 1).eventId();
        gateway.deleteStack(stack.stackId(), "collab-infra-" + context.runIds().get() + "-delete");
        out.info("Deleting stack " + stackName + "; events follow.");
        StackEventStream.Result result = stream.follow(stack.stackId(), stackName, marker, deadline, hint);
        StackState after = result.finalState();
        if (after == null || after.status().equals("DELETE_COMPLETE")) {
            out.info("Deleted stack " + stackName + ".");
            List<String> kept = retained(result.events());
            if (!kept.isEmpty()) {
                out.warn("Kept by DeletionPolicy (they still exist and may cost money; delete them yourself when no longer needed):");
                kept.forEach(k -> out.warn("  - " + masker.mask(k)));
            }
            return Optional.ofNullable(after);
        }
        List<String> failed = failedResources(stack.stackId(), stackName, 0);
        FailureReport.of(result.events(), stackName, after.status(), after.statusReason()).render(masker).forEach(out::error);
        throw new UserException("Stack " + stackName + " could not be deleted (" + after.status() + ")."
                + (failed.isEmpty() ? "" : " Resources that failed to delete:\n  - " + masker.mask(String.join("\n  - ", failed)))
                + "\nFix what blocks them (e.g. empty a bucket, remove a dependency), then run delete again.");
    }

    /** The resources CloudFormation skipped (DeletionPolicy Retain), nested stacks included, with their physical ids. */
    static List<String> retained(List<StackEventStream.LabelledEvent> events) {
        java.util.Set<String> kept = new java.util.LinkedHashSet<>();
        for (StackEventStream.LabelledEvent labelled : events) {
            StackEvent event = labelled.event();
            if ("DELETE_SKIPPED".equals(event.status())) {
                kept.add(labelled.stackLabel() + "/" + event.logicalId() + " (" + event.resourceType() + ")"
                        + (event.physicalId() == null || event.physicalId().isEmpty() ? "" : ": " + event.physicalId()));
            }
        }
        return new ArrayList<>(kept);
    }

    /**
     * Removes the environment's outputs files ({@code outputs.json}, {@code outputs.properties}): after
     * a delete they describe a stack that is gone, and a later build step must not read them.
     *
     * @return the files removed
     */
    public static List<java.nio.file.Path> removeOutputsFiles(java.nio.file.Path environmentDirectory) {
        List<java.nio.file.Path> removed = new ArrayList<>();
        for (String name : List.of("outputs.json", "outputs.properties")) {
            java.nio.file.Path file = environmentDirectory.resolve(name);
            try {
                if (java.nio.file.Files.deleteIfExists(file)) {
                    removed.add(file);
                }
            } catch (java.io.IOException e) {
                throw new UserException("Cannot remove the stale outputs file " + file + ": " + e.getMessage() + ". Delete it by hand.");
            }
        }
        return removed;
    }

    /** Resources left in DELETE_FAILED, nested stacks included, with their reasons. */
    private List<String> failedResources(String stackId, String label, int depth) {
        List<String> failed = new ArrayList<>();
        for (StackResourceSummary resource : context.gateway().listStackResources(stackId)) {
            if (!"DELETE_FAILED".equals(resource.status())) {
                continue;
            }
            if (StackEvent.NESTED_STACK_TYPE.equals(resource.type()) && resource.physicalId() != null && depth < 5) {
                List<String> inner = failedResources(resource.physicalId(), label + "/" + resource.logicalId(), depth + 1);
                if (!inner.isEmpty()) {
                    failed.addAll(inner);
                    continue;
                }
            }
            failed.add(label + "/" + resource.logicalId() + " (" + resource.type() + "): "
                    + (resource.reason() == null ? "no reason given" : resource.reason()));
        }
        return failed;
    }
}
