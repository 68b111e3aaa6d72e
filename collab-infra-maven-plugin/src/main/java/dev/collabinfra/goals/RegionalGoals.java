package dev.collabinfra.goals;

import dev.collabinfra.core.GoalInterruptedException;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.OutputsFiles;
import dev.collabinfra.deploy.PlanFile;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.StackOutput;
import dev.collabinfra.deploy.StackSettings;
import dev.collabinfra.deploy.regions.MultiRegionDeployer;
import dev.collabinfra.deploy.regions.RegionOutcome;
import dev.collabinfra.deploy.regions.RegionTarget;
import dev.collabinfra.deploy.regions.RegionalOutputs;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.EnvironmentLoader;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.environment.RegionalSettings;
import dev.collabinfra.environment.RegionalSettingsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code deploy}, {@code plan}, {@code status}, {@code outputs} and {@code delete} for an
 * environment with {@code regions:} (the same stack in each region, through
 * {@link MultiRegionDeployer}) or a {@code stackSet:} ({@link StackSetGoals}). Each region gets its
 * own session, bucket ({@code ${region}} in the bucket name) and parameters (its
 * {@code regionParameters}); outputs go to {@code outputs.<region>.json} and the properties
 * {@code collab-infra.output.<region>.<Key>}. {@code -Dcollab-infra.region} picks one region of the list.
 */
final class RegionalGoals {

    private final GoalContext context;

    RegionalGoals(GoalContext context) {
        this.context = context;
    }

    /** The multi-region settings of the chosen environment, when its file has {@code regions:} or {@code stackSet:}. */
    static Optional<RegionalSettings> regional(EnvironmentRequest request) {
        if (request.name() == null) {
            return Optional.empty();
        }
        Path file = EnvironmentLoader.directory(request.sources().templatesFolder()).resolve(request.name() + ".yaml");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        RegionalSettings settings = new RegionalSettingsReader(request.interpolation(), request.environmentVariables()).read(file);
        return settings.multiRegion() || settings.stackSet().isPresent() ? Optional.of(settings) : Optional.empty();
    }

    DeployGoal.Result deploy(String goal, DeploySettings settings, RegionalSettings regional) {
        UploadSettings upload = settings.upload();
        if (settings.mode().keptChangeSet() != null) {
            throw new UserException("-D" + PropertyNames.CHANGE_SET + " names one stack's change set; environment '"
                    + upload.environment().name() + "' deploys to several regions, and its deploy makes and previews a change set"
                    + " per region itself. Run mvn collab-infra:deploy -Denv=" + upload.environment().name() + " without it.");
        }
        try (AwsSession base = AwsSession.open(context, upload.environment(), upload.access(), upload.validation().specFile())) {
            if (regional.stackSet().isPresent()) {
                return new StackSetGoals(context).deploy(goal, settings, base, regional);
            }
            List<AwsSession> sessions = new ArrayList<>();
            try {
                List<RegionTarget> targets = new ArrayList<>();
                for (String region : regions(base, regional)) {
                    AwsSession session = base.forRegion(regional.environmentFor(base.environment().environment(), region));
                    sessions.add(session);
                    targets.add(target(goal, settings, session, region));
                }
                MultiRegionDeployer deployer = new MultiRegionDeployer(context.out(), regional.preferences());
                Path directory = upload.environment().project().environmentDirectory(base.environmentName());
                if (settings.mode().planOnly()) {
                    MultiRegionDeployer.Result plan = deployer.plan(targets, settings.mode().keepChangeSet());
                    Path first = null;
                    for (RegionOutcome o : plan.outcomes()) {
                        if (o.result() != null) {
                            Path file = PlanFile.write(directory.resolve("plan." + o.region() + ".json"), sessions.get(0).stack(settings.stack())
                                    .stackName(), o.result().plan(), settings.mode().keepChangeSet() && o.result().plan() != null,
                                    o.result().parameters(), o.result().masker());
                            first = first == null ? file : first;
                            context.out().info("[" + o.region() + "] Plan written to " + file);
                        }
                    }
                    failIfAny(plan, "Plan");
                    return new DeployGoal.Result(null, null, first);
                }
                MultiRegionDeployer.Result result = deployer.deploy(targets);
                Outputs outputs = writeOutputs(directory, result);
                context.out().info("Deploy of " + targets.size() + " region(s):");
                result.summary().forEach(context.out()::info);
                failIfAny(result, "Deploy");
                return new DeployGoal.Result(null, outputs, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GoalInterruptedException("Interrupted; CloudFormation goes on in every region that was executing. Watch it"
                        + " with: mvn collab-infra:status -Denv=" + base.environmentName(), e);
            } finally {
                sessions.forEach(AwsSession::close);
            }
        }
    }

    private RegionTarget target(String goal, DeploySettings settings, AwsSession session, String region) {
        UploadSettings upload = settings.upload();
        StackSettings stack = DeployGoal.withVersionTag(session.stack(settings.stack()), upload.environment().project());
        return new RegionTarget(region, session::deployContext, out -> {
            // The region's own listener, so upload lines name the region too.
            RenderedTemplates rendered = new UploadGoal(new GoalContext(out, context.batchMode(), context.validations()))
                    .validateAndUpload(goal, session, upload);
            return DeployRequest.builder(session.environmentName(), stack, rendered, settings.stack().timeout())
                    .guards(settings.guards()).mode(settings.mode()).build();
        });
    }

    private Outputs writeOutputs(Path directory, MultiRegionDeployer.Result result) {
        Map<String, String> properties = new LinkedHashMap<>();
        Path first = null;
        for (RegionOutcome o : result.outcomes()) {
            if (o.result() == null || o.result().finalState() == null) {
                continue;
            }
            Path file = write(directory, o.region(), o.result().finalState().outputs(), o.result().masker(), properties);
            first = first == null ? file : first;
        }
        if (first != null) {
            context.out().info("Outputs written to " + directory.resolve("outputs.<region>.json") + " and .properties; Maven properties "
                    + PropertyNames.OUTPUT_PROPERTY_PREFIX + "<region>.<Key> are set.");
        }
        return first == null ? null : new Outputs(first, properties);
    }

    private Path write(Path directory, String region, List<StackOutput> outputs, SecretMasker masker, Map<String, String> properties) {
        OutputsFiles.table(outputs, masker).forEach(line -> context.out().info("[" + region + "] " + line));
        OutputsFiles.values(outputs, masker).forEach((key, value) ->
                properties.put(PropertyNames.OUTPUT_PROPERTY_PREFIX + region + "." + key, value));
        return RegionalOutputs.write(directory, region, outputs, masker);
    }

    private static void failIfAny(MultiRegionDeployer.Result result, String what) {
        List<RegionOutcome> failed = result.failed();
        if (!failed.isEmpty()) {
            throw new UserException(what + " failed in " + failed.size() + " of " + result.outcomes().size() + " region(s):\n"
                    + String.join("\n", result.summary()) + "\n" + String.join("\n", failed.stream()
                            .map(o -> "[" + o.region() + "] " + o.failure()).toList()));
        }
    }

    /** The regions to act on: every region of the file in order, or the one {@code -Dcollab-infra.region} names. */
    static List<String> regions(AwsSession base, RegionalSettings regional) {
        Environment env = base.environment().environment();
        // Only -Dcollab-infra.region picks a region; a POM <region> (a default for single-region environments) does not.
        Optional<String> chosen = env.region().filter(r -> env.source("region").map(s -> s.file() == null && s.description() != null
                && s.description().startsWith(EnvironmentOverrides.COMMAND_LINE)).orElse(false));
        if (chosen.isPresent()) {
            if (!regional.regions().contains(chosen.get())) {
                throw new UserException("-D" + PropertyNames.REGION + "=" + chosen.get() + " is not one of environment '" + env.name()
                        + "''s regions (" + String.join(", ", regional.regions()) + "); name one of them, or leave it out to act on all");
            }
            return List.of(chosen.get());
        }
        return regional.orderedRegions();
    }

    void status(StackGoalSettings settings, RegionalSettings regional) {
        try (AwsSession base = AwsSession.open(context, settings.environment(), settings.access(), null)) {
            if (regional.stackSet().isPresent()) {
                new StackSetGoals(context).status(base, regional);
                return;
            }
            new RegionalStackGoals(context).status(base, settings, regional);
        } catch (InterruptedException e) {
            throw RegionalStackGoals.interrupted("Interrupted", e);
        }
    }

    Outputs outputs(StackGoalSettings settings, RegionalSettings regional) {
        try (AwsSession base = AwsSession.open(context, settings.environment(), settings.access(), null)) {
            if (regional.stackSet().isPresent()) {
                return new StackSetGoals(context).outputs(base, settings, regional);
            }
            return new RegionalStackGoals(context).outputs(base, settings, regional);
        } catch (InterruptedException e) {
            throw RegionalStackGoals.interrupted("Interrupted", e);
        }
    }

    void delete(StackGoalSettings settings, RegionalSettings regional, String confirmation) {
        try (AwsSession base = AwsSession.open(context, settings.environment(), settings.access(), null)) {
            if (regional.stackSet().isPresent()) {
                new StackSetGoals(context).delete(base, regional, confirmation, settings.stack().timeout());
                return;
            }
            new RegionalStackGoals(context).delete(base, settings, regional, confirmation);
        } catch (InterruptedException e) {
            throw RegionalStackGoals.interrupted("Interrupted while deleting; CloudFormation goes on in every region that was deleting.", e);
        }
    }
}
