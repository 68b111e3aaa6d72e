package dev.collabinfra.goals;

/**
 * The names users type after {@code -D}; one place so documentation and code agree. The
 * environment settings among them are declared in {@link dev.collabinfra.environment.Setting}, and a
 * test keeps the two in step. Constants, because Mojo annotations need compile-time values.
 */
public final class PropertyNames {

    public static final String PREFIX = "collab-infra.";
    public static final String SKIP = "collab-infra.skip";
    public static final String VALIDATE_SKIP = "collab-infra.validate.skip";
    public static final String TEMPLATES = "collab-infra.templates";
    public static final String FAIL_ON = "collab-infra.failOn";
    public static final String IGNORE_RULES = "collab-infra.ignoreRules";
    public static final String VALIDATE_ALLOW_EMPTY = "collab-infra.validate.allowEmpty";
    public static final String OUTPUT_DIRECTORY = "collab-infra.outputDirectory";
    public static final String ENV = "env";
    /** The same as {@link #ENV}, for builds where {@code env} already means something else. */
    public static final String ENV_LONG = "collab-infra.env";
    public static final String MAIN_TEMPLATE = "collab-infra.mainTemplate";
    public static final String ALLOWED_OUTSIDE = "collab-infra.allowedOutsideDirectories";
    public static final String LINT_TIMEOUT = "collab-infra.lintTimeout";
    public static final String SPEC_FILE = "collab-infra.specFile";
    public static final String PACKAGE_SKIP = "collab-infra.package.skip";
    public static final String UPLOAD_SKIP = "collab-infra.upload.skip";
    public static final String BUCKET = "collab-infra.bucket";
    public static final String KEY_PREFIX = "collab-infra.prefix";
    public static final String REGION = "collab-infra.region";
    public static final String ENDPOINT = "collab-infra.endpoint";
    public static final String PROFILE = "collab-infra.profile";
    public static final String ASSUME_ROLE_ARN = "collab-infra.assumeRoleArn";
    public static final String CREATE_BUCKET = "collab-infra.createBucket";
    public static final String FORCE_UPLOAD = "collab-infra.forceUpload";
    public static final String KMS_KEY_ID = "collab-infra.kmsKeyId";
    public static final String BUCKET_OWNER = "collab-infra.bucketOwner";
    public static final String COMMIT = "collab-infra.commit";

    // The stack goals: deploy, plan, status, outputs, delete.
    public static final String STACK_NAME = "collab-infra.stackName";
    public static final String SERVER_ID = "collab-infra.serverId";
    public static final String ROLE_ARN = "collab-infra.roleArn";
    public static final String PARAMETERS_PREFIX = "collab-infra.parameters.";
    public static final String TAGS_PREFIX = "collab-infra.tags.";
    public static final String TIMEOUT = "collab-infra.timeout";
    public static final String EVENTS = "collab-infra.events";
    public static final String ALLOW_REPLACEMENT = "collab-infra.allowReplacement";
    public static final String RECREATE_FAILED_STACK = "collab-infra.recreateFailedStack";
    public static final String CONTINUE_UPDATE_ROLLBACK = "collab-infra.continueUpdateRollback";
    public static final String CHANGE_SET = "collab-infra.changeSet";
    public static final String KEEP_CHANGE_SET = "collab-infra.keepChangeSet";
    public static final String CONFIRM = "collab-infra.confirm";
    public static final String OUTPUT_PROPERTY_PREFIX = "collab-infra.output.";
    public static final String DEPLOY_SKIP = "collab-infra.deploy.skip";
    public static final String PLAN_SKIP = "collab-infra.plan.skip";
    public static final String STATUS_SKIP = "collab-infra.status.skip";
    public static final String OUTPUTS_SKIP = "collab-infra.outputs.skip";
    public static final String DELETE_SKIP = "collab-infra.delete.skip";

    private PropertyNames() {}
}
