package dev.collabinfra.goals;

import dev.collabinfra.aws.SdkStackSetGateway;
import dev.collabinfra.core.GoalInterruptedException;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.stackset.StackSetContext;
import dev.collabinfra.deploy.stackset.StackSetDefinition;
import dev.collabinfra.deploy.stackset.StackSetDeleter;
import dev.collabinfra.deploy.stackset.StackSetDeployer;
import dev.collabinfra.deploy.stackset.StackSetGateway.StackInstance;
import dev.collabinfra.deploy.stackset.StackSetTargets;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.RegionalSettings;
import dev.collabinfra.environment.StackSetTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code deploy}, {@code status} and {@code delete} for an environment with {@code stackSet:}. The
 * stack set is administered from the first region of {@code regions:} (or the one
 * {@code -Dcollab-infra.region} names): the bundle is uploaded to that region's bucket and the set
 * created or updated there; its instances go to every region of the list.
 */
final class StackSetGoals {

    private final GoalContext context;

    StackSetGoals(GoalContext context) {
        this.context = context;
    }

    DeployGoal.Result deploy(String goal, DeploySettings settings, AwsSession base, RegionalSettings regional) {
        if (settings.mode().planOnly()) {
            throw new UserException("plan is not available for a stack set (environment '" + base.environmentName()
                    + "'): StackSets have no change sets. mvn collab-infra:deploy shows each operation and every instance's result.");
        }
        if (!regional.regionParameters().isEmpty()) {
            throw new UserException("regionParameters are not applied to stack sets yet (environment '" + base.environmentName()
                    + "'): give the values under parameters:, or deploy the regions as plain stacks (remove stackSet:).");
        }
        StackSetTarget target = regional.stackSet().orElseThrow();
        StackSetTargets targets = StackSetTargets.of(target, regional.regions());
        StackSetDeployer.check(targets, base.environmentName());
        try (AwsSession admin = admin(base, regional)) {
            UploadSettings upload = settings.upload();
            RenderedTemplates rendered = new UploadGoal(context).validateAndUpload(goal, admin, upload);
            Environment env = admin.environment().environment();
            List<String> capabilities = new ArrayList<>(env.capabilities());
            capabilities.addAll(settings.stack().capabilities());
            Map<String, String> tags = new LinkedHashMap<>(env.tags());
            Project project = upload.environment().project();
            if (project.version() != null) {
                tags.putIfAbsent(DeployGoal.VERSION_TAG, project.version());
            }
            StackSetDefinition definition = new StackSetDefinition(target, "collab-infra deploy of environment " + base.environmentName(),
                    rendered.mainUrl() == null ? rendered.mainText() : null, rendered.mainUrl(), env.parameters(),
                    new ArrayList<>(new LinkedHashSet<>(capabilities)), tags);
            new StackSetDeployer(stackSetContext(admin)).deploy(base.environmentName(), definition, targets, regional.preferences(),
                    settings.stack().timeout());
            return new DeployGoal.Result(null, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GoalInterruptedException("Interrupted; the stack set operation goes on in CloudFormation.", e);
        }
    }

    void status(AwsSession base, RegionalSettings regional) {
        String name = regional.stackSet().orElseThrow().name();
        try (AwsSession admin = admin(base, regional)) {
            StackSetContext stackSets = stackSetContext(admin);
            if (stackSets.gateway().describeStackSet(name).isEmpty()) {
                context.out().info("Stack set " + name + " does not exist (environment '" + base.environmentName() + "').");
                return;
            }
            List<StackInstance> instances = stackSets.gateway().listStackInstances(name);
            context.out().info("Stack set " + name + ": " + instances.size() + " instance(s)");
            for (StackInstance i : instances) {
                String line = "  " + i.account() + " " + i.region() + " " + i.status() + " (" + i.detailedStatus() + ")"
                        + (i.reason() == null ? "" : " - " + i.reason());
                if ("CURRENT".equals(i.status())) {
                    context.out().info(line);
                } else {
                    context.out().warn(line);
                }
            }
        }
    }

    Outputs outputs(AwsSession base, StackGoalSettings settings, RegionalSettings regional) {
        throw new UserException("Environment '" + base.environmentName() + "' deploys a stack set: its outputs live in each"
                + " account's stack instance, which this plugin does not read. Use mvn collab-infra:status to list the instances.");
    }

    void delete(AwsSession base, RegionalSettings regional, String confirmation, Duration timeout) throws InterruptedException {
        StackSetTarget target = regional.stackSet().orElseThrow();
        try (AwsSession admin = admin(base, regional)) {
            new StackSetDeleter(stackSetContext(admin)).delete(base.environmentName(), target.name(), target.serviceManaged(),
                    confirmation, regional.preferences(), timeout);
        }
    }

    private static AwsSession admin(AwsSession base, RegionalSettings regional) {
        List<String> chosen = RegionalGoals.regions(base, regional);
        String region = chosen.size() == 1 ? chosen.get(0) : regional.regions().get(0);
        return base.forRegion(regional.environmentFor(base.environment().environment(), region));
    }

    private StackSetContext stackSetContext(AwsSession admin) {
        return new StackSetContext(new SdkStackSetGateway(admin.clients().cloudFormation(), Sleeper.system(), admin.where()), context.out(),
                Clock.systemUTC(), Sleeper.system(), () -> UUID.randomUUID().toString());
    }
}
