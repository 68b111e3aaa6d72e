package dev.collabinfra.goals;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.RegionCheck;
import dev.collabinfra.aws.SdkStackGateway;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployContext;
import dev.collabinfra.deploy.RollbackSettings;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.StackGateway;
import dev.collabinfra.deploy.StackSettings;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.ResolvedEnvironment;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * One AWS goal's connection: the resolved environment, the SDK clients for it, and the deploy
 * core's view of CloudFormation. Closed when the goal ends; nothing is shared between goals.
 */
final class AwsSession implements AutoCloseable {

    private final GoalContext context;
    private final ResolvedEnvironment environment;
    private final URI endpoint;
    private final AwsClients clients;
    private final AwsAccess access;
    /** The region of a multi-region environment this session is for, or null. */
    private final String regionOfMany;

    private AwsSession(GoalContext context, ResolvedEnvironment environment, AwsAccess access) {
        this(context, environment, access, null);
    }

    private AwsSession(GoalContext context, ResolvedEnvironment environment, AwsAccess access, String regionOfMany) {
        this.context = context;
        this.environment = environment;
        this.access = access;
        this.regionOfMany = regionOfMany;
        this.endpoint = endpointUri(environment.endpoint().orElse(null));
        String region = environment.environment().region().orElse(null);
        RegionCheck.requireKnown(region);
        this.clients = new AwsClients(new AwsSettings(region, endpoint, environment.profile().orElse(null), access.accessKeyId(),
                access.secretAccessKey(), blankToNull(access.assumeRoleArn()), access.debugWirePrintsSecrets()));
    }

    /**
     * Resolves the environment, checks what {@code -D} and the POM set (offline), then opens the
     * clients. Nothing has called AWS when this returns.
     */
    static AwsSession open(GoalContext context, EnvironmentRequest request, AwsAccess access, Path specFile) {
        ResolvedEnvironment resolved = EnvironmentResolution.resolve(request);
        EnvironmentResolution.checkOverrides(resolved, request, specFile, context.out());
        return new AwsSession(context, resolved, access);
    }

    /** A session with the same access for one region of a multi-region environment ({@code regional} is that region's view). */
    AwsSession forRegion(Environment regional) {
        return new AwsSession(context, new ResolvedEnvironment(regional, environment.createBucket(), environment.endpoint(),
                environment.profile()), access, regional.region().orElse(null));
    }

    /** Where the upload writes the rendered template and report: {@code <env>/}, or {@code <env>/<region>/} for one of many regions. */
    Path outputDirectory(Project project) {
        Path directory = project.environmentDirectory(environmentName());
        return regionOfMany == null ? directory : directory.resolve(regionOfMany);
    }

    ResolvedEnvironment environment() {
        return environment;
    }

    String environmentName() {
        return environment.environment().name();
    }

    AwsClients clients() {
        return clients;
    }

    URI endpoint() {
        return endpoint;
    }

    /** {@code region eu-west-1, endpoint http://...}: for error messages. */
    String where() {
        return "region " + clients.region() + (endpoint == null ? "" : ", endpoint " + endpoint);
    }

    StackGateway gateway() {
        return new SdkStackGateway(clients.cloudFormation(), Sleeper.system(), where());
    }

    DeployContext deployContext() {
        return deployContext(context.out());
    }

    /** The deploy core's view, reporting to {@code out} (a region's listener in a multi-region run). */
    DeployContext deployContext(dev.collabinfra.core.ProgressListener out) {
        return new DeployContext(gateway(), out, Clock.systemDefaultZone(), Sleeper.system(), context.batchMode(),
                () -> UUID.randomUUID().toString());
    }

    /** The deploy core's context with the stack goal's event view ({@code collab-infra.events}). */
    DeployContext deployContext(StackOptions options) {
        return deployContext().withEvents(options.eventsMode());
    }

    /** The stack this environment deploys, in the deploy core's terms; the POM's capabilities are added to the file's. */
    StackSettings stack(StackOptions options) {
        Environment env = environment.environment();
        String name = env.stackName().orElseThrow(() -> new UserException("No stack name for environment '" + env.name()
                + "': set stackName in " + env.file().map(Path::toString).orElse("environments/" + env.name() + ".yaml")
                + ", <stackName> in the POM, or -D" + PropertyNames.STACK_NAME + "=NAME."));
        List<String> capabilities = new ArrayList<>(env.capabilities());
        capabilities.addAll(options.capabilities());
        return StackSettings.builder(name)
                .parameters(env.parameters())
                .tags(env.tags())
                .capabilities(new ArrayList<>(new LinkedHashSet<>(capabilities)))
                .roleArn(env.roleArn().orElse(null))
                .notificationArns(env.notificationArns())
                .terminationProtection(env.terminationProtection().orElse(null))
                .rollback(new RollbackSettings(env.rollbackTriggers().stream().map(t -> new RollbackSettings.Trigger(t.arn(), t.type())).toList(),
                        env.rollbackMonitoringMinutes().orElse(null)))
                .build();
    }

    @Override
    public void close() {
        clients.close();
    }

    private static URI endpointUri(String endpoint) {
        String value = blankToNull(endpoint);
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UserException("Endpoint '" + value + "' (-D" + PropertyNames.ENDPOINT + ") is not a URL; use e.g. http://127.0.0.1:9000");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
