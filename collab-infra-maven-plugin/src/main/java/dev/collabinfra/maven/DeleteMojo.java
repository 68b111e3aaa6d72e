package dev.collabinfra.maven;

import dev.collabinfra.aws.SdkLogging;
import dev.collabinfra.goals.AwsAccess;
import dev.collabinfra.goals.EnvironmentRequest;
import dev.collabinfra.goals.PropertyNames;
import dev.collabinfra.goals.StackGoalSettings;
import dev.collabinfra.goals.StackGoals;
import dev.collabinfra.goals.StackOptions;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Deletes the environment's stack, following its events and naming every resource that failed to
 * delete and why. Needs the stack's name typed as confirmation
 * ({@code -Dcollab-infra.confirm=<stack name>}) and refuses a stack with termination protection.
 *
 * @since 0.1.0
 */
@Mojo(name = StackGoals.DELETE, threadSafe = true)
public class DeleteMojo extends AbstractCollabInfraMojo {

    /**
     * Skips this goal only; {@code collab-infra.skip} skips every goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DELETE_SKIP, defaultValue = "false")
    private boolean deleteSkip;

    /**
     * The stack's name, typed again to confirm the deletion.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CONFIRM)
    private String confirm;

    // The AWS access group: upload, plan, deploy, status, outputs, delete.

    /**
     * The AWS region; defaults to the SDK's chain ({@code AWS_REGION}, the profile's region).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.REGION)
    private String region;

    /**
     * Endpoint override for every AWS service (a local S3 or CloudFormation); uploads then use path-style URLs.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ENDPOINT)
    private String endpoint;

    /**
     * Named profile from {@code ~/.aws/config}; without it the SDK's default credentials chain is used.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PROFILE)
    private String profile;

    /**
     * A role to assume through STS before calling AWS.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ASSUME_ROLE_ARN)
    private String assumeRoleArn;

    /**
     * The id of a {@code <server>} in {@code settings.xml} holding static credentials: username is
     * the access key id, password the secret access key (Maven-encrypted passwords work).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SERVER_ID)
    private String serverId;

    /**
     * Puts the AWS SDK's HTTP wire log and SigV4 canonical requests into the {@code -X} output.
     * They print every request and response whole: access keys' signatures, session tokens,
     * NoEcho parameter values, outputs. Only for debugging a connection; never in a shared log.
     *
     * @since 0.1.0
     */
    @Parameter(property = SdkLogging.WIRE_PROPERTY, defaultValue = "false")
    private boolean debugWirePrintsSecrets;

    @Component
    private SettingsDecrypter settingsDecrypter;

    // The stack group: plan, deploy, status, outputs, delete.

    /**
     * The stack name; the environment file's {@code stackName} overrides it, {@code -Dcollab-infra.stackName} overrides both.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.STACK_NAME)
    private String stackName;

    /**
     * The service role CloudFormation uses for the stack (the environment's {@code roleArn}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ROLE_ARN)
    private String roleArn;

    /**
     * Template parameter values, under the environment file's; on the command line
     * {@code -Dcollab-infra.parameters.<Name>=value} overrides both.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> parameters;

    /**
     * Stack tags, under the environment file's; on the command line
     * {@code -Dcollab-infra.tags.<Key>=value} overrides both. The deploy adds
     * {@code collab-infra:version} with the project version.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> tags;

    /**
     * Capabilities to acknowledge, added to the environment's {@code capabilities}
     * (e.g. {@code CAPABILITY_NAMED_IAM}, {@code CAPABILITY_AUTO_EXPAND}).
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> capabilities;

    /**
     * How much of the event stream to print while CloudFormation works: {@code stacks} (each
     * stack's own status lines and every failure; the default, readable in a release log),
     * {@code all} (every resource event) or {@code failures}. A closing summary per stack and the
     * progress line during long waits come with every mode.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.EVENTS, defaultValue = "stacks")
    private String events;

    /**
     * How long to wait for CloudFormation, in minutes. The wait then ends with the stack still
     * running and a hint how to watch it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TIMEOUT, defaultValue = "60")
    private int timeout;

    @Override
    protected String goal() {
        return StackGoals.DELETE;
    }

    @Override
    protected boolean isGoalSkipped() {
        return deleteSkip;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.DELETE_SKIP;
    }

    @Override
    protected void doExecute() {
        new StackGoals(context()).delete(settings(), confirm);
    }

    private AwsAccess access() {
        return awsAccess(serverId, settingsDecrypter, assumeRoleArn, debugWirePrintsSecrets);
    }

    private EnvironmentRequest environment() {
        return environmentRequest(pomSettings("region", region, "endpoint", endpoint, "profile", profile, "stackName", stackName, "roleArn", roleArn), parameters, tags);
    }

    private StackGoalSettings settings() {
        return new StackGoalSettings(environment(), access(), new StackOptions(capabilities, timeout, events));
    }
}
