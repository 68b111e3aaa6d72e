package dev.collabinfra.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@code CreateChangeSet} gets: the stack's settings, and what belongs to this one
 * change set. Exactly one of {@code templateBody} and {@code templateUrl} is set.
 *
 * @param create true for a CREATE change set, false for UPDATE
 * @param parameters the values sent, resolved against the stack's previous ones
 */
public record ChangeSetRequest(
        StackSettings stack,
        String changeSetName,
        boolean create,
        String templateBody,
        String templateUrl,
        List<ParameterValue> parameters,
        String clientToken,
        String description) {

    public ChangeSetRequest {
        Objects.requireNonNull(stack, "stack");
        parameters = List.copyOf(parameters);
        if ((templateBody == null) == (templateUrl == null)) {
            throw new IllegalArgumentException("exactly one of templateBody and templateUrl");
        }
    }

    public String stackName() {
        return stack.stackName();
    }

    public Map<String, String> tags() {
        return stack.tags();
    }

    public List<String> capabilities() {
        return stack.capabilities();
    }

    public String roleArn() {
        return stack.roleArn();
    }

    public List<String> notificationArns() {
        return stack.notificationArns();
    }

    public RollbackSettings rollback() {
        return stack.rollback();
    }
}
