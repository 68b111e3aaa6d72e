package dev.collabinfra.deploy.stackset;

import dev.collabinfra.environment.OperationPreferences;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the stack set logic needs from CloudFormation's StackSets API, and nothing more; the only
 * implementation that talks to AWS is {@code aws.SdkStackSetGateway}. Operations return their id
 * at once; {@link #describeOperation} follows them. Implementations throw
 * {@link dev.collabinfra.deploy.ThrottledException} when CloudFormation keeps throttling a poll,
 * and {@link dev.collabinfra.core.UserException} for what the user can fix.
 */
public interface StackSetGateway {

    /** The stack set by name; empty when there is none. */
    Optional<StackSetState> describeStackSet(String name);

    /** Creates the stack set (no instances yet) and returns its id. */
    String createStackSet(StackSetDefinition definition);

    /** Updates the template and parameters of the set and of the instances in {@code targets}; returns the operation id. */
    String updateStackSet(StackSetDefinition definition, StackSetTargets targets, OperationPreferences preferences, String operationId);

    /**
     * Adds instances for every account (or OU) and region of {@code targets}, with these
     * ParameterOverrides (empty: none); returns the operation id.
     */
    String createStackInstances(String name, StackSetTargets targets, Map<String, String> overrides, OperationPreferences preferences,
            String operationId);

    /**
     * Sets the ParameterOverrides of the instances of {@code targets} to exactly {@code overrides}
     * (empty: back to the stack set's values) and updates their stacks; returns the operation id.
     */
    String updateStackInstances(String name, StackSetTargets targets, Map<String, String> overrides, OperationPreferences preferences,
            String operationId);

    /** The ParameterOverrides of one instance (DescribeStackInstance); empty when it has none. */
    Map<String, String> instanceOverrides(String name, String account, String region);

    /** Removes the instances of {@code targets} and their stacks; returns the operation id. */
    String deleteStackInstances(String name, StackSetTargets targets, OperationPreferences preferences, String operationId);

    /** Deletes a stack set that has no instances left. */
    void deleteStackSet(String name);

    /** Every instance, all pages. */
    List<StackInstance> listStackInstances(String name);

    /** One poll of an operation. */
    StackSetOperation describeOperation(String name, String operationId);

    /** The result of an operation per account and region, all pages. */
    List<InstanceResult> operationResults(String name, String operationId);

    /** A stack set as DescribeStackSet shows it: its template and parameter values too (NoEcho ones as CloudFormation masks them). */
    record StackSetState(String name, String id, String status, String permissionModel, String templateBody, Map<String, String> parameters) {

        public StackSetState {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }

    /** One stack instance. */
    record StackInstance(String account, String region, String organizationalUnit, String status, String detailedStatus,
            String reason, String stackId) {}

    /** An operation's state; {@code done} once it is no longer QUEUED or RUNNING. */
    record StackSetOperation(String id, String action, String status, String reason) {
        public boolean done() {
            return !status.equals("RUNNING") && !status.equals("QUEUED") && !status.equals("STOPPING");
        }
    }

    /** What an operation did in one account and region. */
    record InstanceResult(String account, String region, String status, String reason) {}
}
