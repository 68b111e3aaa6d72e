package dev.collabinfra.environment;

import java.util.List;

/**
 * An environment that deploys through a CloudFormation StackSet instead of one stack, from its
 * {@code stackSet:} section. Self-managed stack sets name the administration role (an ARN) and
 * the execution role (a role name, as the StackSets API takes it) and deploy to {@code accounts};
 * service-managed ones deploy to AWS Organizations {@code organizationalUnits}, optionally with
 * automatic deployment to accounts that join them. The regions come from the environment's
 * {@code regions:}.
 *
 * @param name the stack set's name
 * @param permissionModel SELF_MANAGED or SERVICE_MANAGED
 * @param administrationRoleArn self-managed: the role CloudFormation assumes in the administrator account, or null for AWS's default
 * @param executionRoleName self-managed: the role assumed in each target account, or null for AWS's default
 * @param autoDeployment service-managed: deploy to accounts added to the OUs later
 * @param retainStacksOnAccountRemoval service-managed with auto-deployment: keep an account's stacks when it leaves
 */
public record StackSetTarget(
        String name,
        String permissionModel,
        String administrationRoleArn,
        String executionRoleName,
        List<String> accounts,
        List<String> organizationalUnits,
        boolean autoDeployment,
        boolean retainStacksOnAccountRemoval) {

    public static final String SELF_MANAGED = "SELF_MANAGED";
    public static final String SERVICE_MANAGED = "SERVICE_MANAGED";

    /** The keys of {@code stackSet:}, for the unknown-key message. */
    public static final List<String> KEYS = List.of("name", "permissionModel", "administrationRoleArn", "executionRoleName",
            "accounts", "organizationalUnits", "autoDeployment", "retainStacksOnAccountRemoval");

    public StackSetTarget {
        accounts = List.copyOf(accounts);
        organizationalUnits = List.copyOf(organizationalUnits);
    }

    public boolean serviceManaged() {
        return SERVICE_MANAGED.equals(permissionModel);
    }
}
