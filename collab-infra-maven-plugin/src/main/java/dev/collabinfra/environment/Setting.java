package dev.collabinfra.environment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of environment settings: each setting's name (the same in the environment file,
 * the POM and after {@code -Dcollab-infra.}), its type, where it may be given and its
 * documentation. The loader's known keys, the command line's known properties, the precedence
 * merge of single values and the documentation tables ({@code docs/environments.md}, the README)
 * come from or are checked against this table ({@code SettingTableTest}).
 */
public enum Setting {
    STACK_NAME("stackName", "string", Levels.ALL,
            "Stack to create or update; `[a-zA-Z][-a-zA-Z0-9]*`, at most 128 characters."),
    REGION("region", "string", Levels.ALL, "AWS region code, e.g. `eu-west-1`."),
    PARAMETERS("parameters", "map", Levels.ALL,
            "Template parameter values by name. Scalars are passed as CloudFormation prints them (`3`, `true`); a list is joined"
                    + " with commas for `List<...>` and `CommaDelimitedList` parameters."),
    TAGS("tags", "map", Levels.ALL, "Stack tags (at most 50; key up to 128, value up to 256 characters; no `aws:` prefix)."),
    CAPABILITIES("capabilities", "list", EnumSet.of(Level.FILE, Level.POM), "`CAPABILITY_IAM`, `CAPABILITY_NAMED_IAM`, `CAPABILITY_AUTO_EXPAND`."),
    BUCKET("bucket", "string", Levels.ALL, "S3 bucket for nested templates and artifacts."),
    PREFIX("prefix", "string", Levels.ALL, "Key prefix inside the bucket."),
    ROLE_ARN("roleArn", "string", Levels.ALL, "IAM role CloudFormation assumes for the stack operation."),
    NOTIFICATION_ARNS("notificationArns", "list", EnumSet.of(Level.FILE), "SNS topics for stack events (at most 5)."),
    TERMINATION_PROTECTION("terminationProtection", "boolean", EnumSet.of(Level.FILE), "Applied after the stack is created."),
    ROLLBACK_TRIGGERS("rollbackTriggers", "list of `{arn, type}`", EnumSet.of(Level.FILE),
            "CloudWatch alarms that roll back an update (at most 5; `type` defaults to `AWS::CloudWatch::Alarm`)."),
    ROLLBACK_MONITORING_MINUTES("rollbackMonitoringMinutes", "number", EnumSet.of(Level.FILE),
            "How long the triggers are watched after the update (0-180)."),
    CREATE_BUCKET("createBucket", "boolean", EnumSet.of(Level.COMMAND_LINE, Level.POM),
            "Let `upload` create a missing bucket (versioned, encrypted, public access blocked)."),
    ENDPOINT("endpoint", "string", EnumSet.of(Level.COMMAND_LINE, Level.POM),
            "Endpoint override for every AWS service (a local S3 or CloudFormation)."),
    PROFILE("profile", "string", EnumSet.of(Level.COMMAND_LINE, Level.POM), "Named profile from `~/.aws/config`.");

    /** Where a setting may be given. */
    public enum Level {
        /** {@code environments/<env>.yaml} */
        FILE,
        /** {@code -Dcollab-infra.<key>} (maps: {@code -Dcollab-infra.<key>.<Name>}) */
        COMMAND_LINE,
        /** the plugin's {@code <configuration>} */
        POM
    }

    private static final class Levels {
        static final Set<Level> ALL = EnumSet.allOf(Level.class);
    }

    /** Prefix of every property a user types. */
    public static final String PROPERTY_PREFIX = "collab-infra.";

    private final String key;
    private final String type;
    private final Set<Level> levels;
    private final String documentation;

    Setting(String key, String type, Set<Level> levels, String documentation) {
        this.key = key;
        this.type = type;
        this.levels = levels;
        this.documentation = documentation;
    }

    /** The name in the environment file, the POM parameter, and the property after {@code collab-infra.}. */
    public String key() {
        return key;
    }

    /** The type as the documentation names it: string, map, list, boolean, number. */
    public String type() {
        return type;
    }

    /** One line of documentation, in Markdown. */
    public String documentation() {
        return documentation;
    }

    public boolean allowedIn(Level level) {
        return levels.contains(level);
    }

    /** True for settings holding one value (not a map or a list). */
    public boolean single() {
        return type.equals("string") || type.equals("boolean") || type.equals("number");
    }

    /** {@code -Dcollab-infra.region}; for maps the prefix, {@code collab-infra.parameters.}. */
    public String property() {
        return PROPERTY_PREFIX + key + (type.equals("map") ? "." : "");
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** The settings allowed at a level, in table order. */
    public static List<Setting> at(Level level) {
        return Arrays.stream(values()).filter(s -> s.allowedIn(level)).toList();
    }

    /** The keys an environment file may use, in table order. */
    public static List<String> fileKeys() {
        return at(Level.FILE).stream().map(Setting::key).toList();
    }

    /** Single-valued settings the command line may give, after {@code collab-infra.}. */
    public static List<String> commandLineSingles() {
        return at(Level.COMMAND_LINE).stream().filter(Setting::single).map(Setting::key).toList();
    }

    /** Single string settings that all three levels give and that merge by precedence: stackName, region, bucket, prefix, roleArn. */
    public static List<Setting> mergedStrings() {
        return Arrays.stream(values()).filter(s -> s.type.equals("string") && s.levels.equals(Levels.ALL)).toList();
    }
}
