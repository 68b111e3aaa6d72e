package dev.collabinfra.deploy.stackset;

import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.stackset.StackSetGateway.StackInstance;
import dev.collabinfra.environment.OperationPreferences;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code delete} goal for a stack set: only with the stack set's name typed as confirmation
 * (as for a stack), removes every instance (their stacks are deleted), following the operation,
 * then deletes the set.
 */
public final class StackSetDeleter {

    private final StackSetContext context;

    public StackSetDeleter(StackSetContext context) {
        this.context = context;
    }

    /** @return whether there was a stack set to delete */
    public boolean delete(String environment, String name, boolean serviceManaged, String confirmation, OperationPreferences preferences,
            Duration timeout) throws InterruptedException {
        if (!name.equals(confirmation)) {
            throw new UserException("Deleting stack set " + name + " and all its stack instances (environment '" + environment
                    + "') needs confirmation: run mvn collab-infra:delete -Denv=" + environment + " -Dcollab-infra.confirm=" + name
                    + (confirmation == null || confirmation.isEmpty() ? "" : " (confirm was '" + confirmation + "')"));
        }
        StackSetGateway gateway = context.gateway();
        if (gateway.describeStackSet(name).isEmpty()) {
            context.listener().info("Stack set " + name + " does not exist; nothing to delete.");
            return false;
        }
        Instant deadline = context.clock().instant().plus(timeout);
        String run = "collab-infra-" + context.runIds().get().replaceAll("[^A-Za-z0-9-]", "");
        List<StackInstance> instances = gateway.listStackInstances(name);
        // Instances by region set, so one call removes regions that hold the same accounts.
        Map<Set<String>, Set<String>> regionsByTargets = new LinkedHashMap<>();
        Map<String, Set<String>> targetsByRegion = new LinkedHashMap<>();
        for (StackInstance i : instances) {
            targetsByRegion.computeIfAbsent(i.region(), r -> new LinkedHashSet<>())
                    .add(serviceManaged ? i.organizationalUnit() : i.account());
        }
        targetsByRegion.forEach((region, targets) -> regionsByTargets.computeIfAbsent(targets, t -> new LinkedHashSet<>()).add(region));
        int step = 0;
        OperationFollower follower = new OperationFollower(context);
        for (Map.Entry<Set<String>, Set<String>> group : regionsByTargets.entrySet()) {
            List<String> targets = List.copyOf(group.getKey());
            StackSetTargets call = serviceManaged ? new StackSetTargets(List.of(), targets, List.copyOf(group.getValue()))
                    : new StackSetTargets(targets, List.of(), List.copyOf(group.getValue()));
            String op = gateway.deleteStackInstances(name, call, preferences, run + "-delete-" + (++step));
            context.listener().info("Removing stack instances of " + name + ": " + StackSetDeployer.describe(call) + " (operation " + op + ") ...");
            follower.follow(name, op, "Removing instances", deadline, "Watch it in the CloudFormation console.");
        }
        gateway.deleteStackSet(name);
        context.listener().info("Deleted stack set " + name + " (" + instances.size() + " instance(s) removed).");
        return true;
    }
}
