package dev.collabinfra.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One create-or-update of the main stack, with everything already resolved (environment file,
 * command line, POM) and the templates already rendered and uploaded.
 *
 * @param environment the environment's name, for messages and hints
 * @param rollback alarms that roll the stack back; {@link RollbackSettings#none()} for none
 * @param terminationProtection null leaves the stack's setting alone
 * @param allowReplacement logical ids (or {@code Nested/LogicalId} addresses) the data-loss guard lets through
 * @param keptChangeSet the name of a change set kept by {@code plan} to execute exactly; null to make one
 * @param planOnly stop after the plan (the {@code plan} goal)
 * @param keepChangeSet with {@code planOnly}, leave the change set for a later {@code deploy}
 */
public record DeployRequest(
        String environment,
        String stackName,
        RenderedTemplates templates,
        Map<String, String> parameters,
        Map<String, String> tags,
        List<String> capabilities,
        String roleArn,
        List<String> notificationArns,
        RollbackSettings rollback,
        Boolean terminationProtection,
        Set<String> allowReplacement,
        boolean recreateFailedStack,
        boolean continueUpdateRollback,
        Duration timeout,
        String keptChangeSet,
        boolean planOnly,
        boolean keepChangeSet) {

    public DeployRequest {
        parameters = Map.copyOf(parameters);
        tags = Map.copyOf(tags);
        capabilities = List.copyOf(capabilities);
        notificationArns = List.copyOf(notificationArns);
        allowReplacement = Set.copyOf(allowReplacement);
    }

    /** How to watch the stack from the command line when the plugin stops waiting. */
    public String watchHint() {
        return "Watch it with: mvn collab-infra:status -Denv=" + environment + " -Dcollab-infra.stackName=" + stackName
                + " (or in the CloudFormation console).";
    }
}
