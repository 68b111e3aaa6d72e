package dev.collabinfra.maven;

import dev.collabinfra.deploy.RollbackSettings;
import java.util.List;
import java.util.Map;

/**
 * The environment as the stack goals use it, after merging command line, environment file and POM.
 *
 * @param terminationProtection null leaves the stack's setting alone
 * @param rollbackMonitoringMinutes null for CloudFormation's default
 */
record StackTarget(
        String environment,
        String stackName,
        Map<String, String> parameters,
        Map<String, String> tags,
        List<String> capabilities,
        String roleArn,
        List<String> notificationArns,
        Boolean terminationProtection,
        List<RollbackSettings.Trigger> rollbackTriggers,
        Integer rollbackMonitoringMinutes) {

    StackTarget {
        parameters = Map.copyOf(parameters);
        tags = Map.copyOf(tags);
        capabilities = List.copyOf(capabilities);
        notificationArns = List.copyOf(notificationArns);
        rollbackTriggers = List.copyOf(rollbackTriggers);
    }

    RollbackSettings rollback() {
        return new RollbackSettings(rollbackTriggers, rollbackMonitoringMinutes);
    }
}
