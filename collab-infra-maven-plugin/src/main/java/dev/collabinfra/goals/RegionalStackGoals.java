package dev.collabinfra.goals;

import dev.collabinfra.core.GoalInterruptedException;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployedTemplates;
import dev.collabinfra.deploy.OutputsFiles;
import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.StackDeleter;
import dev.collabinfra.deploy.StackGateway;
import dev.collabinfra.deploy.StackSettings;
import dev.collabinfra.deploy.StackState;
import dev.collabinfra.deploy.StackStatusReport;
import dev.collabinfra.deploy.regions.RegionFanOut;
import dev.collabinfra.deploy.regions.RegionFanOut.Done;
import dev.collabinfra.deploy.regions.RegionalOutputs;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.RegionalSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code status}, {@code outputs} and {@code delete} of an environment with {@code regions:}: every
 * region at once ({@link RegionFanOut}, at most as many at a time as the deploy's preview phase),
 * each line carrying its region, and a closing line per region. A region that fails (throttled
 * beyond the retries, a stack that does not exist for {@code outputs}, a stack that cannot be
 * deleted) is reported with its reason after the others have finished; the goal then fails.
 */
final class RegionalStackGoals {

    private final GoalContext context;

    RegionalStackGoals(GoalContext context) {
        this.context = context;
    }

    void status(AwsSession base, StackGoalSettings settings, RegionalSettings regional) throws InterruptedException {
        List<Done<Optional<StackState>>> done = new RegionFanOut(context.out()).run(RegionalGoals.regions(base, regional), "status",
                (region, out) -> {
                    try (AwsSession session = base.forRegion(regional.environmentFor(base.environment().environment(), region))) {
                        StackSettings stack = session.stack(settings.stack());
                        return new StackStatusReport(session.deployContext(out)).report(session.environmentName(), stack.stackName(),
                                settings.stack().timeout(), StackGoals.masker(settings, stack));
                    }
                });
        summary("Status of", done, d -> d.value().map(StackState::status).orElse("does not exist"));
        RegionFanOut.failIfAny("Status", done);
    }

    Outputs outputs(AwsSession base, StackGoalSettings settings, RegionalSettings regional) throws InterruptedException {
        Path directory = settings.environment().project().environmentDirectory(base.environmentName());
        List<Done<Map<String, String>>> done = new RegionFanOut(context.out()).run(RegionalGoals.regions(base, regional), "outputs",
                (region, out) -> {
                    try (AwsSession session = base.forRegion(regional.environmentFor(base.environment().environment(), region))) {
                        StackSettings stack = session.stack(settings.stack());
                        StackGateway gateway = session.gateway();
                        StackState state = gateway.describeStack(stack.stackName()).orElseThrow(() -> new UserException("Stack "
                                + stack.stackName() + " does not exist in " + region + " (environment '" + base.environmentName()
                                + "'); deploy it first: mvn collab-infra:deploy -Denv=" + base.environmentName()));
                        SecretMasker masker = DeployedTemplates.maskerFor(gateway, state, StackGoals.masker(settings, stack), out);
                        Map<String, String> properties = write(directory, region, state.outputs(), masker, out);
                        out.info("Outputs of " + stack.stackName() + " (" + state.status() + ") written to "
                                + directory.resolve("outputs." + region + ".json"));
                        return properties;
                    }
                });
        Map<String, String> properties = new LinkedHashMap<>();
        Path first = null;
        for (Done<Map<String, String>> d : done) {
            if (!d.failed()) {
                properties.putAll(d.value());
                first = first == null ? directory.resolve("outputs." + d.region() + ".json") : first;
            }
        }
        summary("Outputs of", done, d -> d.value().size() + " output(s)");
        RegionFanOut.failIfAny("Outputs", done);
        return new Outputs(first, properties);
    }

    void delete(AwsSession base, StackGoalSettings settings, RegionalSettings regional, String confirmation) throws InterruptedException {
        List<String> regions = RegionalGoals.regions(base, regional);
        checkConfirmation(base, regional, regions, confirmation);
        Path directory = settings.environment().project().environmentDirectory(base.environmentName());
        List<Done<Optional<StackState>>> done = new RegionFanOut(context.out()).run(regions, "delete", (region, out) -> {
            try (AwsSession session = base.forRegion(regional.environmentFor(base.environment().environment(), region))) {
                StackSettings stack = session.stack(settings.stack());
                Optional<StackState> deleted = new StackDeleter(session.deployContext(out)).delete(session.environmentName(),
                        stack.stackName(), confirmation, settings.stack().timeout(), StackGoals.masker(settings, stack));
                RegionalOutputs.remove(directory, region).forEach(f -> out.info("Removed " + f + ": the stack it described is gone."));
                return deleted;
            }
        });
        summary("Delete in", done, d -> d.value().isPresent() ? "deleted" : "no stack (nothing to delete)");
        RegionFanOut.failIfAny("Delete", done);
    }

    /** Every region's stack name must be the one confirmed, before any region is touched. */
    private static void checkConfirmation(AwsSession base, RegionalSettings regional, List<String> regions, String confirmation) {
        List<String> names = new ArrayList<>();
        for (String region : regions) {
            Environment env = regional.environmentFor(base.environment().environment(), region);
            env.stackName().filter(n -> !names.contains(n)).ifPresent(names::add);
        }
        if (names.isEmpty() || names.size() == 1 && names.get(0).equals(confirmation)) {
            return; // no name: each region says so itself
        }
        String env = base.environmentName();
        if (names.size() > 1) {
            throw new UserException("The stack of environment '" + env + "' has another name in some regions (" + String.join(", ", names)
                    + "): delete them one region at a time, e.g. mvn collab-infra:delete -Denv=" + env + " -D" + PropertyNames.REGION
                    + "=" + regions.get(0) + " -Dcollab-infra.confirm=<its stack name>");
        }
        throw new UserException("Deleting stack " + names.get(0) + " in " + regions.size() + " region(s) (" + String.join(", ", regions)
                + ", environment '" + env + "') needs confirmation: run mvn collab-infra:delete -Denv=" + env
                + " -Dcollab-infra.confirm=" + names.get(0)
                + (confirmation == null || confirmation.isEmpty() ? "" : " (confirm was '" + confirmation + "')"));
    }

    private static Map<String, String> write(Path directory, String region, List<dev.collabinfra.deploy.StackOutput> outputs,
            SecretMasker masker, ProgressListener out) {
        OutputsFiles.table(outputs, masker).forEach(out::info);
        Map<String, String> properties = new LinkedHashMap<>();
        OutputsFiles.values(outputs, masker).forEach((key, value) ->
                properties.put(PropertyNames.OUTPUT_PROPERTY_PREFIX + region + "." + key, value));
        RegionalOutputs.write(directory, region, outputs, masker);
        return properties;
    }

    private <T> void summary(String what, List<Done<T>> done, java.util.function.Function<Done<T>, String> fine) {
        context.out().info(what + " " + done.size() + " region(s):");
        for (Done<T> d : done) {
            context.out().info("  " + d.region() + ": " + (d.failed() ? "FAILED: " + firstLine(d.failure()) : fine.apply(d)));
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    static GoalInterruptedException interrupted(String what, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new GoalInterruptedException(what, e);
    }
}
