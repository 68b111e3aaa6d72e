package dev.collabinfra.environment;

import dev.collabinfra.template.ParseIssue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one deployment target (dev, staging, prod): stack name, region, template
 * parameters, tags and the rest of what {@code deploy} needs. Immutable; build one with
 * {@link #builder(String)} or read one with {@link EnvironmentLoader}.
 *
 * <p>Every value remembers its {@link Source}, keyed by the setting name ({@code region}),
 * {@code parameters.<Name>}, {@code tags.<Key>}, {@code capabilities[i]},
 * {@code notificationArns[i]} or {@code rollbackTriggers[i]}, so a finding can point at the line.
 */
public final class Environment {

    /** Setting names an environment file may use, in the order the documentation lists them (from {@link Setting}). */
    public static final List<String> KEYS = Setting.fileKeys();

    /** A CloudWatch alarm that rolls the stack back when it fires during or after an update. */
    public record RollbackTrigger(String arn, String type) {}

    private final String name;
    private final Path file;
    private final String stackName;
    private final String region;
    private final Map<String, String> parameters;
    private final Map<String, String> tags;
    private final List<String> capabilities;
    private final String bucket;
    private final String prefix;
    private final String roleArn;
    private final List<String> notificationArns;
    private final Boolean terminationProtection;
    private final List<RollbackTrigger> rollbackTriggers;
    private final Integer rollbackMonitoringMinutes;
    private final Map<String, Source> sources;
    private final List<ParseIssue> warnings;

    private Environment(Builder b) {
        this.name = b.name;
        this.file = b.file;
        this.stackName = b.stackName;
        this.region = b.region;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(b.tags));
        this.capabilities = List.copyOf(b.capabilities);
        this.bucket = b.bucket;
        this.prefix = b.prefix;
        this.roleArn = b.roleArn;
        this.notificationArns = List.copyOf(b.notificationArns);
        this.terminationProtection = b.terminationProtection;
        this.rollbackTriggers = List.copyOf(b.rollbackTriggers);
        this.rollbackMonitoringMinutes = b.rollbackMonitoringMinutes;
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(b.sources));
        this.warnings = List.copyOf(b.warnings);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding this environment's values and sources, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.file = file;
        b.stackName = stackName;
        b.region = region;
        b.parameters.putAll(parameters);
        b.tags.putAll(tags);
        b.capabilities.addAll(capabilities);
        b.bucket = bucket;
        b.prefix = prefix;
        b.roleArn = roleArn;
        b.notificationArns.addAll(notificationArns);
        b.terminationProtection = terminationProtection;
        b.rollbackTriggers.addAll(rollbackTriggers);
        b.rollbackMonitoringMinutes = rollbackMonitoringMinutes;
        b.sources.putAll(sources);
        b.warnings.addAll(warnings);
        return b;
    }

    /** The environment's name: the file name without {@code .yaml}. */
    public String name() {
        return name;
    }

    /** The file it was read from, when there is one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public Optional<String> stackName() {
        return Optional.ofNullable(stackName);
    }

    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** Template parameter values in file order, as the strings CloudFormation receives. */
    public Map<String, String> parameters() {
        return parameters;
    }

    public Map<String, String> tags() {
        return tags;
    }

    public List<String> capabilities() {
        return capabilities;
    }

    public Optional<String> bucket() {
        return Optional.ofNullable(bucket);
    }

    public Optional<String> prefix() {
        return Optional.ofNullable(prefix);
    }

    public Optional<String> roleArn() {
        return Optional.ofNullable(roleArn);
    }

    public List<String> notificationArns() {
        return notificationArns;
    }

    public Optional<Boolean> terminationProtection() {
        return Optional.ofNullable(terminationProtection);
    }

    public List<RollbackTrigger> rollbackTriggers() {
        return rollbackTriggers;
    }

    public Optional<Integer> rollbackMonitoringMinutes() {
        return Optional.ofNullable(rollbackMonitoringMinutes);
    }

    /** The value of one of {@link Setting#mergedStrings()} (stackName, region, bucket, prefix, roleArn). */
    public Optional<String> single(Setting setting) {
        return switch (setting) {
            case STACK_NAME -> stackName();
            case REGION -> region();
            case BUCKET -> bucket();
            case PREFIX -> prefix();
            case ROLE_ARN -> roleArn();
            default -> throw new IllegalArgumentException(setting + " is not a single string setting");
        };
    }

    /** Where a value came from; keys as in the class comment. */
    public Optional<Source> source(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    /** Every recorded source, by key. */
    public Map<String, Source> sources() {
        return sources;
    }

    /** Parser warnings on the file (an unquoted {@code yes}), reported by validation. */
    public List<ParseIssue> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Collects values for an {@link Environment}; not thread-safe, used by one caller. */
    public static final class Builder {
        private final String name;
        private Path file;
        private String stackName;
        private String region;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<String, String> tags = new LinkedHashMap<>();
        private final List<String> capabilities = new ArrayList<>();
        private String bucket;
        private String prefix;
        private String roleArn;
        private final List<String> notificationArns = new ArrayList<>();
        private Boolean terminationProtection;
        private final List<RollbackTrigger> rollbackTriggers = new ArrayList<>();
        private Integer rollbackMonitoringMinutes;
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final List<ParseIssue> warnings = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder file(Path value) {
            file = value;
            return this;
        }

        public Builder stackName(String value, Source source) {
            stackName = value;
            return record("stackName", source);
        }

        public Builder region(String value, Source source) {
            region = value;
            return record("region", source);
        }

        public Builder parameter(String key, String value, Source source) {
            parameters.put(key, value);
            return record("parameters." + key, source);
        }

        public Builder tag(String key, String value, Source source) {
            tags.put(key, value);
            return record("tags." + key, source);
        }

        public Builder capability(String value, Source source) {
            capabilities.add(value);
            return record("capabilities[" + (capabilities.size() - 1) + "]", source);
        }

        public Builder bucket(String value, Source source) {
            bucket = value;
            return record("bucket", source);
        }

        public Builder prefix(String value, Source source) {
            prefix = value;
            return record("prefix", source);
        }

        public Builder roleArn(String value, Source source) {
            roleArn = value;
            return record("roleArn", source);
        }

        public Builder notificationArn(String value, Source source) {
            notificationArns.add(value);
            return record("notificationArns[" + (notificationArns.size() - 1) + "]", source);
        }

        public Builder terminationProtection(boolean value, Source source) {
            terminationProtection = value;
            return record("terminationProtection", source);
        }

        public Builder rollbackTrigger(RollbackTrigger value, Source source) {
            rollbackTriggers.add(value);
            return record("rollbackTriggers[" + (rollbackTriggers.size() - 1) + "]", source);
        }

        public Builder rollbackMonitoringMinutes(int value, Source source) {
            rollbackMonitoringMinutes = value;
            return record("rollbackMonitoringMinutes", source);
        }

        /** Sets one of {@link Setting#mergedStrings()} by its table entry. */
        public Builder single(Setting setting, String value, Source source) {
            return switch (setting) {
                case STACK_NAME -> stackName(value, source);
                case REGION -> region(value, source);
                case BUCKET -> bucket(value, source);
                case PREFIX -> prefix(value, source);
                case ROLE_ARN -> roleArn(value, source);
                default -> throw new IllegalArgumentException(setting + " is not a single string setting");
            };
        }

        /** Where a whole section starts ({@code parameters}, {@code tags}), for findings about it. */
        public Builder section(String key, Source source) {
            return record(key, source);
        }

        /** Replaces all parameters, keeping POM entries first and the file's order after (used by merging). */
        Builder replaceParameters(Map<String, String> values, Map<String, Source> from) {
            parameters.clear();
            values.forEach((k, v) -> parameter(k, v, from.get("parameters." + k)));
            return this;
        }

        Builder replaceTags(Map<String, String> values, Map<String, Source> from) {
            tags.clear();
            values.forEach((k, v) -> tag(k, v, from.get("tags." + k)));
            return this;
        }

        public Builder warning(ParseIssue issue) {
            warnings.add(issue);
            return this;
        }

        private Builder record(String key, Source source) {
            if (source != null) {
                sources.put(key, source);
            }
            return this;
        }

        public Environment build() {
            return new Environment(this);
        }
    }
}
