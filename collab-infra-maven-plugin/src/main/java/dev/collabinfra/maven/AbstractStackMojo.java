package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.RegionCheck;
import dev.collabinfra.aws.SdkStackGateway;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployContext;
import dev.collabinfra.deploy.ParameterResolver;
import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.StackGateway;
import dev.collabinfra.template.TemplateParser;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What the stack goals ({@code deploy}, {@code plan}, {@code status}, {@code outputs},
 * {@code delete}) share: the environment, how to reach AWS, and the translation of both into the
 * deploy core's terms. Every setting can be given in the POM and overridden on the command line
 * with the names users type ({@code -Denv=prod -Dcollab-infra.region=eu-west-1}).
 */
public abstract class AbstractStackMojo extends AbstractCollabInfraMojo {

    /**
     * The environment to work on: {@code src/main/cloudformation/environments/<env>.yaml}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ENV)
    protected String env;

    /**
     * The stack name; overrides the environment file's {@code stackName}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.STACK_NAME)
    protected String stackName;

    /**
     * The AWS region; overrides the environment file's {@code region}. Without either, the SDK's
     * default chain ({@code AWS_REGION}, the profile's region).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.REGION)
    protected String region;

    /**
     * The S3 bucket for nested templates and code; overrides the environment file's {@code bucket}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUCKET)
    protected String bucket;

    /**
     * The key prefix in the bucket; overrides the environment file's {@code prefix}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PREFIX_SETTING)
    protected String prefix;

    /**
     * Creates a missing bucket (versioned, encrypted, private, TLS-only) instead of failing.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CREATE_BUCKET, defaultValue = "false")
    protected boolean createBucket;

    /**
     * An endpoint that replaces every AWS endpoint (LocalStack, a test endpoint), e.g.
     * {@code http://127.0.0.1:4566}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ENDPOINT)
    protected String endpoint;

    /**
     * A named AWS profile to take credentials (and, when no region is set, the region) from.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PROFILE)
    protected String profile;

    /**
     * The id of a {@code <server>} in {@code settings.xml} holding static credentials: username is
     * the access key id, password the secret access key (Maven-encrypted passwords work).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SERVER_ID)
    protected String serverId;

    /**
     * A role to assume through STS with the credentials above before talking to CloudFormation.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ASSUME_ROLE_ARN)
    protected String assumeRoleArn;

    /**
     * The service role CloudFormation uses for the stack; overrides the environment's {@code roleArn}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ROLE_ARN)
    protected String roleArn;

    /**
     * Template parameter values, under the environment file's; on the command line
     * {@code -Dcollab-infra.parameters.<Name>=value} overrides both.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> parameters;

    /**
     * Stack tags, under the environment file's; on the command line
     * {@code -Dcollab-infra.tags.<Key>=value} overrides both. The deploy adds
     * {@code collab-infra:version} with the project version.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> tags;

    /**
     * Capabilities to acknowledge, added to the environment's (e.g. {@code CAPABILITY_NAMED_IAM}).
     * {@code CAPABILITY_IAM} and {@code CAPABILITY_AUTO_EXPAND} are always sent: nested stacks need the latter.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> capabilities;

    /**
     * How long to wait for CloudFormation, in minutes. The wait ends with the stack still running
     * and a hint how to watch it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TIMEOUT, defaultValue = "60")
    protected int timeout;

    /**
     * The main template.
     *
     * @since 0.1.0
     */
    @Parameter(property = "collab-infra.mainTemplate", defaultValue = "${project.basedir}/src/main/cloudformation/main.yaml")
    protected File mainTemplate;

    /**
     * Where the goals write their files; each environment gets its own folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/collab-infra")
    protected File outputDirectory;

    @Component
    protected SettingsDecrypter settingsDecrypter;

    /** The environment, merged: command line &gt; environment file &gt; POM. */
    protected StackTarget target() {
        if (env == null || env.isBlank()) {
            throw new UserException("Name the environment: -Denv=NAME (a file src/main/cloudformation/environments/NAME.yaml).");
        }
        StackTargets.Pom pom = new StackTargets.Pom(stackName, region, bucket, prefix, createBucket, endpoint, profile, roleArn,
                parameters == null ? Map.of() : parameters, tags == null ? Map.of() : tags,
                capabilities == null ? List.of() : capabilities);
        return StackTargets.resolve(env, templatesDir(), pom, userProperties(), projectProperties());
    }

    /** The SDK clients for a target; close them when done. */
    protected AwsClients clients(StackTarget target) {
        RegionCheck.requireKnown(target.region());
        String accessKey = null;
        String secret = null;
        if (serverId != null && !serverId.isBlank()) {
            Server server = decryptedServer(serverId);
            accessKey = server.getUsername();
            secret = server.getPassword();
        }
        URI endpointUri = target.endpoint() == null ? null : URI.create(target.endpoint());
        return new AwsClients(new AwsSettings(target.region(), endpointUri, target.profile(), accessKey, secret, assumeRoleArn));
    }

    protected StackGateway gateway(AwsClients clients, StackTarget target) {
        String where = "region " + clients.region() + (target.endpoint() == null ? "" : ", endpoint " + target.endpoint());
        return new SdkStackGateway(clients.cloudFormation(), Sleeper.system(), where);
    }

    protected DeployContext context(StackGateway gateway) {
        return new DeployContext(gateway, progress(), Clock.systemDefaultZone(), Sleeper.system(), batchMode(),
                () -> UUID.randomUUID().toString());
    }

    protected Duration timeoutDuration() {
        if (timeout <= 0) {
            throw new UserException("<timeout> (-D" + PropertyNames.TIMEOUT + ") must be a number of minutes above 0, not " + timeout);
        }
        return Duration.ofMinutes(timeout);
    }

    /**
     * Masks NoEcho values for goals that do not render the template: NoEcho names come from the
     * main template file when it can be read.
     */
    protected SecretMasker masker(StackTarget target) {
        Path main = mainTemplate.toPath();
        if (!Files.isRegularFile(main)) {
            return new SecretMasker(Set.of(), Map.of());
        }
        try {
            return new TemplateParser().parse(main).templateIfParsed()
                    .map(t -> new SecretMasker(ParameterResolver.noEchoParameters(t), target.parameters()))
                    .orElseGet(SecretMasker::none);
        } catch (IOException e) {
            return SecretMasker.none();
        }
    }

    /** Makes the outputs visible to later plugins in the same build as {@code collab-infra.output.<Key>}. */
    protected void exportOutputs(List<dev.collabinfra.deploy.StackOutput> outputs, SecretMasker masker) {
        if (project == null) {
            return;
        }
        for (dev.collabinfra.deploy.StackOutput output : outputs) {
            project.getProperties().setProperty(PropertyNames.OUTPUT_PROPERTY_PREFIX + output.key(),
                    masker.mask(output.value() == null ? "" : output.value()));
        }
    }

    protected Path templatesDir() {
        return templates.toPath();
    }

    private Server decryptedServer(String id) {
        Server server = session == null ? null : session.getSettings().getServer(id);
        if (server == null) {
            throw new UserException("settings.xml has no <server> with id '" + id + "' (-D" + PropertyNames.SERVER_ID
                    + "). Fix: add <server><id>" + id + "</id><username>ACCESS_KEY_ID</username><password>SECRET</password></server>.");
        }
        SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new UserException("Cannot decrypt the password of settings.xml <server> '" + id + "': " + problem.getMessage()
                        + ". Fix: check ~/.m2/settings-security.xml or re-encrypt with mvn --encrypt-password.");
            }
        }
        Server decrypted = result.getServer();
        if (decrypted.getUsername() == null || decrypted.getPassword() == null) {
            throw new UserException("settings.xml <server> '" + id + "' needs <username> (access key id) and <password> (secret access key).");
        }
        return decrypted;
    }

    /** Session user properties over system properties: what {@code -D} gives. */
    private Map<String, String> userProperties() {
        Map<String, String> all = new LinkedHashMap<>();
        if (session != null) {
            copy(session.getSystemProperties(), all);
            copy(session.getUserProperties(), all);
        }
        return all;
    }

    private Map<String, String> projectProperties() {
        Map<String, String> all = new LinkedHashMap<>();
        if (project != null) {
            copy(project.getProperties(), all);
            all.put("project.version", project.getVersion());
        }
        if (session != null) {
            copy(session.getSystemProperties(), all);
            copy(session.getUserProperties(), all);
        }
        return all;
    }

    private static void copy(Properties from, Map<String, String> to) {
        from.stringPropertyNames().forEach(name -> to.put(name, from.getProperty(name)));
    }
}
