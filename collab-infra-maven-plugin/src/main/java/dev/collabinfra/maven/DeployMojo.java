package dev.collabinfra.maven;

import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.aws.SdkLogging;
import dev.collabinfra.goals.AwsAccess;
import dev.collabinfra.goals.DeployGoal;
import dev.collabinfra.goals.DeploySettings;
import dev.collabinfra.goals.EnvironmentRequest;
import dev.collabinfra.goals.PropertyNames;
import dev.collabinfra.goals.StackOptions;
import dev.collabinfra.goals.UploadOptions;
import dev.collabinfra.goals.UploadSettings;
import dev.collabinfra.goals.ValidateSettings;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Creates or updates the environment's main stack through a change set: validate (exactly as
 * {@code validate}), check the environment and the {@code -D} overrides, upload, show the plan,
 * refuse data loss, execute while streaming the events of every nested stack, then print the
 * outputs and write them to {@code target/collab-infra/<env>/outputs.json} and {@code .properties}.
 * {@code mvn collab-infra:deploy -Denv=prod}, or bound to the {@code deploy} phase.
 *
 * @since 0.1.0
 */
@Mojo(name = DeployGoal.DEPLOY, defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class DeployMojo extends AbstractCollabInfraMojo {

    /**
     * Skips this goal only; {@code collab-infra.skip} skips every goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DEPLOY_SKIP, defaultValue = "false")
    private boolean deploySkip;

    /**
     * Executes exactly this change set, kept by {@code plan -Dcollab-infra.keepChangeSet=true},
     * instead of making a new one.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CHANGE_SET)
    private String changeSet;

    // The validation group, as validate declares it (ParameterDocsTest keeps the copies equal).

    /**
     * The least serious finding that fails the build: {@code error}, {@code warning}, {@code info},
     * or {@code none} to only report.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_ON, defaultValue = "error")
    private String failOn;

    /**
     * Rule ids never to report, in every template. A prefix silences a family: {@code W} every
     * warning, {@code E30} every E30xx rule. On the command line, comma-separated:
     * {@code -Dcollab-infra.ignoreRules=W2001,W3005}. To silence a rule in one template or on one
     * resource, use {@code Metadata: cfn-lint: config: ignore_checks: [W2001]} as with cfn-lint.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.IGNORE_RULES)
    private List<String> ignoreRules;

    /**
     * Lets the build pass when the template directory holds no template. By default a directory
     * without templates fails the build, since it usually means a wrong {@code templates} path.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_ALLOW_EMPTY, defaultValue = "false")
    private boolean allowEmpty;

    /**
     * Where the reports go: {@code validate.sarif} (SARIF 2.1.0, for code scanning) and
     * {@code TEST-collab-infra-validate.xml} (JUnit XML, for CI test dashboards).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/collab-infra")
    private File outputDirectory;

    /**
     * A CloudFormation resource specification to validate against instead of the bundled one
     * (AWS's {@code CloudFormationResourceSpecification.json}, plain or gzipped), for resource types
     * newer than the plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SPEC_FILE)
    private File specFile;

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

    // The upload group: upload, plan, deploy.

    /**
     * The S3 bucket for nested templates and code.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUCKET)
    private String bucket;

    /**
     * Key prefix in the bucket; defaults to the project's artifactId.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.KEY_PREFIX)
    private String prefix;

    /**
     * Create the bucket when it does not exist (versioned, encrypted, public access blocked, TLS only,
     * noncurrent versions expired after 30 days).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CREATE_BUCKET, defaultValue = "false")
    private boolean createBucket;

    /**
     * Upload every object even when its key already exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FORCE_UPLOAD, defaultValue = "false")
    private boolean forceUpload;

    /**
     * KMS key id or ARN for SSE-KMS; without it objects are encrypted with SSE-S3 (AES256).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.KMS_KEY_ID)
    private String kmsKeyId;

    /**
     * Account id that must own the bucket ({@code ExpectedBucketOwner}); a bucket of another account is refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUCKET_OWNER)
    private String bucketOwner;

    /**
     * The commit recorded in the uploaded objects' metadata; defaults to the one {@code .git} is at.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.COMMIT)
    private String commit;

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

    // The change-set group: plan, deploy.

    /**
     * Logical ids (or {@code NestedStack/LogicalId}) of stateful resources that may be replaced or
     * removed although their policy does not keep the data; comma-separated on the command line.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ALLOW_REPLACEMENT)
    private List<String> allowReplacement;

    /**
     * Deletes a stack in {@code ROLLBACK_COMPLETE} (a create that never succeeded) and creates it again.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.RECREATE_FAILED_STACK, defaultValue = "false")
    private boolean recreateFailedStack;

    /**
     * Calls ContinueUpdateRollback on a stack in {@code UPDATE_ROLLBACK_FAILED}, waits for it, then deploys.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CONTINUE_UPDATE_ROLLBACK, defaultValue = "false")
    private boolean continueUpdateRollback;

    @Override
    protected String goal() {
        return DeployGoal.DEPLOY;
    }

    @Override
    protected boolean isGoalSkipped() {
        return deploySkip;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.DEPLOY_SKIP;
    }

    @Override
    protected void doExecute() {
        DeployGoal.Result result = new DeployGoal(context()).run(new DeploySettings(upload(), new StackOptions(capabilities, timeout, events),
                new DeployRequest.Guards(ValidateSettings.ids(allowReplacement), recreateFailedStack, continueUpdateRollback),
                DeployRequest.Mode.executeKept(blankToNull(changeSet))));
        if (result.outputs() != null) {
            exportProperties(result.outputs().properties());
        }
    }

    private AwsAccess access() {
        return awsAccess(serverId, settingsDecrypter, assumeRoleArn, debugWirePrintsSecrets);
    }

    private EnvironmentRequest environment() {
        return environmentRequest(pomSettings("region", region, "endpoint", endpoint, "profile", profile, "bucket", bucket, "prefix", prefix, "createBucket", Boolean.toString(createBucket), "stackName", stackName, "roleArn", roleArn), parameters, tags);
    }

    private UploadSettings upload() {
        return new UploadSettings(validateSettings(failOn, ignoreRules, allowEmpty, outputDirectory, specFile), environment(), access(),
                new UploadOptions(forceUpload, kmsKeyId, bucketOwner, commit));
    }
}
