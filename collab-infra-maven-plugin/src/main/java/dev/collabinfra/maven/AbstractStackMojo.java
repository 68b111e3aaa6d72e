package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.SdkStackGateway;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployContext;
import dev.collabinfra.deploy.OutputsFiles;
import dev.collabinfra.deploy.ParameterResolver;
import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.StackGateway;
import dev.collabinfra.deploy.StackOutput;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.ResolvedEnvironment;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the stack goals ({@code deploy}, {@code plan}, {@code status}, {@code outputs},
 * {@code delete}) share on top of the AWS settings: the stack, its parameters and tags, and the
 * translation into the deploy core's terms. Every setting can be given in the POM, in
 * {@code environments/<env>.yaml}, and on the command line, which wins
 * ({@code -Denv=prod -Dcollab-infra.stackName=... -Dcollab-infra.parameters.Size=large}).
 */
public abstract class AbstractStackMojo extends AbstractAwsMojo {

    /**
     * The stack name; the environment file's {@code stackName} overrides it, {@code -Dcollab-infra.stackName} overrides both.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.STACK_NAME)
    protected String stackName;

    /**
     * The service role CloudFormation uses for the stack (the environment's {@code roleArn}).
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
     * Capabilities to acknowledge, added to the environment's {@code capabilities}
     * (e.g. {@code CAPABILITY_NAMED_IAM}, {@code CAPABILITY_AUTO_EXPAND}).
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> capabilities;

    /**
     * How long to wait for CloudFormation, in minutes. The wait then ends with the stack still
     * running and a hint how to watch it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TIMEOUT, defaultValue = "60")
    protected int timeout;

    /** The plugin's version, recorded in the validation reports deploy writes. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    protected String pluginVersion;

    @Override
    protected Map<String, String> pomSettings() {
        Map<String, String> settings = super.pomSettings();
        putIfSet(settings, "stackName", stackName);
        putIfSet(settings, "roleArn", roleArn);
        return settings;
    }

    @Override
    protected Map<String, String> pomParameters() {
        return parameters == null ? Map.of() : parameters;
    }

    @Override
    protected Map<String, String> pomTags() {
        return tags == null ? Map.of() : tags;
    }

    /** The environment in the deploy core's terms. */
    protected StackTarget target() {
        ResolvedEnvironment resolved = environment();
        Environment env = resolved.environment();
        String name = env.stackName().orElseThrow(() -> new UserException("No stack name for environment '" + env.name()
                + "': set stackName in " + env.file().map(Path::toString).orElse("environments/" + env.name() + ".yaml")
                + ", <stackName> in the POM, or -D" + PropertyNames.STACK_NAME + "=NAME."));
        List<String> allCapabilities = new ArrayList<>(new LinkedHashSet<>(concat(env.capabilities(), capabilities)));
        return new StackTarget(env.name(), name, env.parameters(), env.tags(), allCapabilities, env.roleArn().orElse(null),
                env.notificationArns(), env.terminationProtection().orElse(null),
                env.rollbackTriggers().stream().map(t -> new dev.collabinfra.deploy.RollbackSettings.Trigger(t.arn(), t.type())).toList(),
                env.rollbackMonitoringMinutes().orElse(null));
    }

    protected StackGateway gateway(AwsClients clients) {
        String where = "region " + clients.region() + environment().endpoint().map(e -> ", endpoint " + e).orElse("");
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
     * Masks NoEcho values for the goals that do not render the template; NoEcho names come from
     * the main template when it can be read.
     */
    protected SecretMasker masker(StackTarget target) {
        Path main = mainTemplate.toPath();
        if (!Files.isRegularFile(main)) {
            return SecretMasker.none();
        }
        try {
            return new TemplateParser().parse(main).templateIfParsed()
                    .map(t -> new SecretMasker(ParameterResolver.noEchoParameters(t), target.parameters()))
                    .orElseGet(SecretMasker::none);
        } catch (IOException e) {
            return SecretMasker.none();
        }
    }

    /** Makes the outputs visible to later plugins of the same build as {@code collab-infra.output.<Key>}. */
    protected void exportOutputs(List<StackOutput> outputs, SecretMasker masker) {
        if (project == null) {
            return;
        }
        OutputsFiles.values(outputs, masker)
                .forEach((key, value) -> project.getProperties().setProperty(PropertyNames.OUTPUT_PROPERTY_PREFIX + key, value));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        if (b != null) {
            b.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(all::add);
        }
        return all;
    }
}
