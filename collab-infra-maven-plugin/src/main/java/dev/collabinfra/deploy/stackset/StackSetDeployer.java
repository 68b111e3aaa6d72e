package dev.collabinfra.deploy.stackset;

import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.stackset.StackSetGateway.StackInstance;
import dev.collabinfra.deploy.stackset.StackSetGateway.StackSetState;
import dev.collabinfra.environment.OperationPreferences;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deploys an environment's stack set: creates it from the uploaded bundle or updates it (every
 * existing instance gets the new template and parameters), then adds the instances the
 * environment names that do not exist yet, each operation with the environment's
 * OperationPreferences and followed to its end; finally lists every instance with its status and
 * reason. Instances that exist but are no longer named are reported, not removed: removing stacks
 * is what {@code delete} is for.
 */
public final class StackSetDeployer {

    private final StackSetContext context;

    public StackSetDeployer(StackSetContext context) {
        this.context = context;
    }

    /** How a stack set deploy ended: the instances afterwards. */
    public record Result(boolean created, List<StackInstance> instances) {}

    public Result deploy(String environment, StackSetDefinition definition, StackSetTargets targets, OperationPreferences preferences,
            Duration timeout) throws InterruptedException {
        StackSetGateway gateway = context.gateway();
        String name = definition.name();
        Instant deadline = context.clock().instant().plus(timeout);
        String run = "collab-infra-" + context.runIds().get().replaceAll("[^A-Za-z0-9-]", "");
        String hint = "Watch it with: mvn collab-infra:status -Denv=" + environment + " (or in the CloudFormation console).";
        OperationFollower follower = new OperationFollower(context);
        Optional<StackSetState> existing = gateway.describeStackSet(name);
        List<StackInstance> before = List.of();
        if (existing.isEmpty()) {
            gateway.createStackSet(definition);
            context.listener().info("Created stack set " + name + " (" + definition.target().permissionModel() + ").");
        } else {
            before = gateway.listStackInstances(name);
            if (!before.isEmpty()) {
                String op = gateway.updateStackSet(definition, null, preferences, run + "-update");
                context.listener().info("Updating stack set " + name + " and its " + before.size() + " instance(s) (operation " + op + ") ...");
                follower.follow(name, op, "Update", deadline, hint);
            } else {
                gateway.updateStackSet(definition, null, preferences, run + "-update");
            }
        }
        InstanceChanges changes = InstanceChanges.of(definition, targets, before, i -> gateway.instanceOverrides(name, i.account(), i.region()));
        int step = 0;
        for (InstanceChanges.Call call : changes.overrideUpdates()) {
            String op = gateway.updateStackInstances(name, call.targets(), call.overrides(), preferences, run + "-overrides-" + (++step));
            context.listener().info("Setting the parameter overrides of " + describe(call.targets()) + " to " + overrides(call.overrides())
                    + " (operation " + op + ") ...");
            follower.follow(name, op, "Updating instances", deadline, hint);
        }
        for (InstanceChanges.Call call : changes.additions()) {
            String op = gateway.createStackInstances(name, call.targets(), call.overrides(), preferences, run + "-create-" + (++step));
            context.listener().info("Adding stack instances to " + name + ": " + describe(call.targets())
                    + (call.overrides().isEmpty() ? "" : " with overrides " + overrides(call.overrides())) + " (operation " + op + ") ...");
            follower.follow(name, op, "Adding instances", deadline, hint);
        }
        List<StackInstance> after = gateway.listStackInstances(name);
        report(after, targets, definition);
        return new Result(existing.isEmpty(), after);
    }

    /** One line per instance, and a warning for instances the environment no longer names. */
    private void report(List<StackInstance> instances, StackSetTargets targets, StackSetDefinition definition) {
        context.listener().info("Stack instances of " + definition.name() + ":");
        for (StackInstance i : instances) {
            String line = "  " + i.account() + " " + i.region() + " " + i.status() + " (" + i.detailedStatus() + ")"
                    + (i.reason() == null ? "" : " - " + i.reason());
            boolean named = targets.regions().contains(i.region()) && (definition.target().serviceManaged()
                    ? targets.organizationalUnits().contains(i.organizationalUnit()) : targets.accounts().contains(i.account()));
            if (!named) {
                context.listener().warn(line + " - not named by the environment any more; remove it with mvn collab-infra:delete"
                        + " or the AWS console");
            } else if (!"CURRENT".equals(i.status())) {
                context.listener().warn(line);
            } else {
                context.listener().info(line);
            }
        }
    }

    /** {@code Size=large, Cert=****}; NoEcho values masked by the caller's listener, and here by name. */
    private String overrides(Map<String, String> values) {
        if (values.isEmpty()) {
            return "none (the stack set's values)";
        }
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + context.masker().parameterValue(k, v)));
        return String.join(", ", parts);
    }

    static String describe(StackSetTargets t) {
        Set<String> who = new LinkedHashSet<>(t.accounts());
        who.addAll(t.organizationalUnits());
        return (t.accounts().isEmpty() ? "OUs " : "accounts ") + String.join(", ", who) + " in " + String.join(", ", t.regions());
    }

    /** Refuses a stack set target without instances to make, before anything is uploaded. */
    public static void check(StackSetTargets targets, String environment) {
        if (targets.isEmpty()) {
            throw new UserException("Environment '" + environment + "' names a stack set without accounts (or organizational units)"
                    + " or regions; add them to its stackSet: and regions: (see docs/regions.md)");
        }
    }
}
