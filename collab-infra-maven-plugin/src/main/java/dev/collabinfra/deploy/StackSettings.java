package dev.collabinfra.deploy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the main stack is given on every create or update, resolved from the environment file,
 * the command line and the POM: a named record, built with {@link #builder(String)}, shared by
 * {@link DeployRequest} and {@link ChangeSetRequest} instead of copying its fields into each.
 *
 * @param parameters template parameter values as given (unresolved: previous values are filled in later)
 * @param rollback alarms that roll the stack back; {@link RollbackSettings#none()} for none
 * @param terminationProtection null leaves the stack's setting alone
 */
public record StackSettings(
        String stackName,
        Map<String, String> parameters,
        Map<String, String> tags,
        List<String> capabilities,
        String roleArn,
        List<String> notificationArns,
        RollbackSettings rollback,
        Boolean terminationProtection) {

    public StackSettings {
        Objects.requireNonNull(stackName, "stackName");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        capabilities = List.copyOf(capabilities);
        notificationArns = List.copyOf(notificationArns);
        rollback = rollback == null ? RollbackSettings.none() : rollback;
    }

    public static Builder builder(String stackName) {
        return new Builder(stackName);
    }

    /** Collects the settings by name; unset lists and maps are empty. */
    public static final class Builder {
        private final String stackName;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<String, String> tags = new LinkedHashMap<>();
        private final List<String> capabilities = new ArrayList<>();
        private String roleArn;
        private final List<String> notificationArns = new ArrayList<>();
        private RollbackSettings rollback = RollbackSettings.none();
        private Boolean terminationProtection;

        private Builder(String stackName) {
            this.stackName = stackName;
        }

        public Builder parameters(Map<String, String> values) {
            parameters.putAll(values);
            return this;
        }

        public Builder tags(Map<String, String> values) {
            tags.putAll(values);
            return this;
        }

        public Builder capabilities(List<String> values) {
            capabilities.addAll(values);
            return this;
        }

        public Builder roleArn(String value) {
            roleArn = value;
            return this;
        }

        public Builder notificationArns(List<String> values) {
            notificationArns.addAll(values);
            return this;
        }

        public Builder rollback(RollbackSettings value) {
            rollback = value;
            return this;
        }

        public Builder terminationProtection(Boolean value) {
            terminationProtection = value;
            return this;
        }

        public StackSettings build() {
            return new StackSettings(stackName, parameters, tags, capabilities, roleArn, notificationArns, rollback, terminationProtection);
        }
    }
}
