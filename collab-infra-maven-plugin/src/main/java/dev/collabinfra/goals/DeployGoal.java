package dev.collabinfra.goals;

import dev.collabinfra.core.GoalInterruptedException;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.DeployResult;
import dev.collabinfra.deploy.PlanFile;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.deploy.StackDeployer;
import dev.collabinfra.deploy.StackSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code deploy} and {@code plan} goals: validate exactly as {@code validate} does, resolve and
 * check the environment offline, upload, then the change-set flow of the deploy core. {@code deploy}
 * ends with the outputs; {@code plan} with {@code plan.json}. They differ only in the request's
 * {@link DeployRequest.Mode}.
 */
public final class DeployGoal {

    /** The goal names. */
    public static final String DEPLOY = "deploy";
    public static final String PLAN = "plan";

    /** Tag every stack gets, so the console shows which build deployed it. */
    public static final String VERSION_TAG = "collab-infra:version";

    /**
     * How a deploy or plan ended.
     *
     * @param outputs the outputs written (deploy with a stack afterwards), or null
     * @param planFile {@code plan.json} (plan only), or null
     */
    public record Result(DeployResult deploy, Outputs outputs, Path planFile) {}

    private final GoalContext context;

    public DeployGoal(GoalContext context) {
        this.context = context;
    }

    public Result run(DeploySettings settings) {
        UploadSettings upload = settings.upload();
        String goal = settings.mode().planOnly() ? PLAN : DEPLOY;
        new ValidateGoal(context).beforeDeploy(goal, upload.validation());
        java.util.Optional<dev.collabinfra.environment.RegionalSettings> regional = RegionalGoals.regional(upload.environment());
        if (regional.isPresent()) {
            return new RegionalGoals(context).deploy(goal, settings, regional.get());
        }
        try (AwsSession session = AwsSession.open(context, upload.environment(), upload.access(), upload.validation().specFile())) {
            StackSettings stack = withVersionTag(session.stack(settings.stack()), upload.environment().project());
            RenderedTemplates rendered = new UploadGoal(context).validateAndUpload(goal, session, upload);
            DeployRequest request = DeployRequest.builder(session.environmentName(), stack, rendered, settings.stack().timeout())
                    .guards(settings.guards()).mode(settings.mode()).build();
            StackDeployer deployer = new StackDeployer(session.deployContext(settings.stack()));
            // What Ctrl-C means depends on the moment: before ExecuteChangeSet the change set is deleted and nothing runs.
            Thread hook = new Thread(() -> deployer.interrupts().onInterrupt(deployer.gateway()).forEach(context.out()::warn));
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                DeployResult result = deployer.deploy(request);
                Path directory = upload.environment().project().environmentDirectory(session.environmentName());
                if (request.planOnly()) {
                    // plan only looks: its outputs are whatever the stack had, and files stay as deploy wrote them.
                    Path file = PlanFile.write(directory.resolve("plan.json"), stack.stackName(), result.plan(),
                            request.keepChangeSet() && result.plan() != null, result.parameters(), result.masker());
                    context.out().info("Plan written to " + file + " and " + PlanFile.markdownFile(file).getFileName()
                            + " (Markdown, for a pull-request comment)");
                    return new Result(result, null, file);
                }
                Outputs outputs = null;
                if (result.finalState() != null) {
                    outputs = Outputs.write(directory, result.finalState().outputs(), result.masker(), context.out());
                    context.out().info("Outputs written to " + outputs.file() + " and .properties; Maven properties "
                            + PropertyNames.OUTPUT_PROPERTY_PREFIX + "<Key> are set.");
                }
                return new Result(result, outputs, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GoalInterruptedException("Interrupted while waiting for stack " + stack.stackName() + ". " + request.watchHint(), e);
            } finally {
                removeHook(hook);
            }
        }
    }

    static StackSettings withVersionTag(StackSettings stack, Project project) {
        if (project.version() == null || stack.tags().containsKey(VERSION_TAG)) {
            return stack;
        }
        Map<String, String> tags = new LinkedHashMap<>(stack.tags());
        tags.put(VERSION_TAG, project.version());
        return new StackSettings(stack.stackName(), stack.parameters(), tags, stack.capabilities(), stack.roleArn(),
                stack.notificationArns(), stack.rollback(), stack.terminationProtection());
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting (Ctrl-C): the hook runs and says how to watch the stack.
        }
    }
}
