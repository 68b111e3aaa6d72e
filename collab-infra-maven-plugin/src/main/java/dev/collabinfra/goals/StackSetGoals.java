package dev.collabinfra.goals;

import dev.collabinfra.aws.SdkStackSetGateway;
import dev.collabinfra.core.GoalInterruptedException;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.stackset.StackSetContext;
import dev.collabinfra.deploy.stackset.StackSetDefinition;
import dev.collabinfra.deploy.stackset.StackSetDeleter;
import dev.collabinfra.deploy.stackset.StackSetDeployer;
import dev.collabinfra.deploy.stackset.StackSetPlanner;
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
 * {@code deploy}, {@code plan}, {@code status}, {@code outputs} and {@code delete} for an environment
 * with {@code stackSet:}; the environment's {@code regionParameters} become each region's instances'
 * ParameterOverrides. The
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
                    rendered.mainUrl() == null ? rendered.mainText() : null, rendered.mainUrl(), shared(base, admin, regional),
                    new ArrayList<>(new LinkedHashSet<>(capabilities)), tags, overrides(regional));
            StackSetContext stackSets = stackSetContext(admin, masker(upload.environment(), definition));
            if (settings.mode().planOnly()) {
                // StackSets have no change sets: the plan is worked out from what the set and its instances are now.
                new StackSetPlanner(stackSets).plan(definition, rendered.mainText(), targets);
                return new DeployGoal.Result(null, null, null);
            }
            new StackSetDeployer(stackSets).deploy(base.environmentName(), definition, targets, regional.preferences(),
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
        String name = regional.stackSet().orElseThrow().name();
        try (AwsSession admin = admin(base, regional)) {
            StackSetDefinition shape = new StackSetDefinition(regional.stackSet().get(), "", null, null, shared(base, admin, regional),
                    List.of(), Map.of(), overrides(regional));
            return new StackSetInstanceOutputs(context, base, regional, masker(settings.environment(), shape))
                    .write(stackSetContext(admin, SecretMasker.none()).gateway(), name,
                            settings.environment().project().environmentDirectory(base.environmentName()));
        }
    }

    /**
     * The stack set's own parameter values: the administration region's view without that region's
     * regionParameters (those are its instances' overrides, not the set's values).
     */
    private static Map<String, String> shared(AwsSession base, AwsSession admin, RegionalSettings regional) {
        Map<String, String> values = new LinkedHashMap<>(admin.environment().environment().parameters());
        Map<String, String> plain = base.environment().environment().parameters();
        String region = admin.environment().environment().region().orElse("");
        regional.regionParameters().getOrDefault(region, Map.of()).keySet().forEach(key -> {
            if (plain.containsKey(key)) {
                values.put(key, plain.get(key));
            } else {
                values.remove(key);
            }
        });
        return values;
    }

    /** Per region, the ParameterOverrides of its instances: the environment's regionParameters ({@code ${region}} replaced). */
    static Map<String, Map<String, String>> overrides(RegionalSettings regional) {
        Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
        regional.regionParameters().forEach((region, values) -> {
            Map<String, String> resolved = new LinkedHashMap<>();
            values.forEach((k, v) -> resolved.put(k, RegionalSettings.forRegion(v, region)));
            overrides.put(region, resolved);
        });
        return overrides;
    }

    /** Masks the template's NoEcho parameters, in the set's values and in every region's overrides. */
    static SecretMasker masker(EnvironmentRequest request, StackSetDefinition definition) {
        SecretMasker masker = StackGoals.masker(request, definition.parameters());
        List<String> secrets = new ArrayList<>();
        definition.regionOverrides().values().forEach(o -> o.forEach((k, v) -> {
            if (masker.isNoEcho(k)) {
                secrets.add(v);
            }
        }));
        return masker.alsoMasking(secrets);
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
        return stackSetContext(admin, SecretMasker.none());
    }

    private StackSetContext stackSetContext(AwsSession admin, SecretMasker masker) {
        return new StackSetContext(new SdkStackSetGateway(admin.clients().cloudFormation(), Sleeper.system(), admin.where()),
                masker.wrap(context.out()), Clock.systemUTC(), Sleeper.system(), () -> UUID.randomUUID().toString(), masker);
    }
}
