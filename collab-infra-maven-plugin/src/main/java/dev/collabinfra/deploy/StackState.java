package dev.collabinfra.deploy;

import java.util.List;
import java.util.Map;

/**
 * A stack as {@code DescribeStacks} shows it. NoEcho parameter values arrive as {@code ****}.
 *
 * @param parameters the deployed parameter values by key
 */
public record StackState(
        String stackId,
        String stackName,
        String status,
        String statusReason,
        Map<String, String> parameters,
        Map<String, String> tags,
        List<StackOutput> outputs,
        boolean terminationProtection,
        String roleArn,
        List<String> notificationArns) {

    public StackState {
        parameters = Map.copyOf(parameters);
        tags = Map.copyOf(tags);
        outputs = List.copyOf(outputs);
        notificationArns = List.copyOf(notificationArns);
    }

    public boolean inProgress() {
        return StackStatuses.inProgress(status);
    }
}
