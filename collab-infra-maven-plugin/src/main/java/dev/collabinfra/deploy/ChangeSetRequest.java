package dev.collabinfra.deploy;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code CreateChangeSet} gets. Exactly one of {@code templateBody} and
 * {@code templateUrl} is set.
 *
 * @param create true for a CREATE change set, false for UPDATE
 */
public record ChangeSetRequest(
        String stackName,
        String changeSetName,
        boolean create,
        String templateBody,
        String templateUrl,
        List<ParameterValue> parameters,
        Map<String, String> tags,
        List<String> capabilities,
        String roleArn,
        List<String> notificationArns,
        RollbackSettings rollback,
        String clientToken,
        String description) {

    public ChangeSetRequest {
        parameters = List.copyOf(parameters);
        tags = Map.copyOf(tags);
        capabilities = List.copyOf(capabilities);
        notificationArns = List.copyOf(notificationArns);
        if ((templateBody == null) == (templateUrl == null)) {
            throw new IllegalArgumentException("exactly one of templateBody and templateUrl");
        }
    }
}
