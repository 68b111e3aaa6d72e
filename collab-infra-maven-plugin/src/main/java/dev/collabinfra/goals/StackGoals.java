package dev.collabinfra.goals;

import dev.collabinfra.core.GoalInterruptedException;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployedTemplates;
import dev.collabinfra.deploy.ParameterResolver;
import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.StackDeleter;
import dev.collabinfra.deploy.StackGateway;
import dev.collabinfra.deploy.StackSettings;
import dev.collabinfra.deploy.StackState;
import dev.collabinfra.deploy.StackStatusReport;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The goals that look at or remove the environment's stack without uploading: {@code status}
 * (status, recent events and outputs; follows a stack that is working), {@code outputs} (writes the
 * outputs files and hands on the properties) and {@code delete} (only with the stack's name typed
 * as confirmation).
 */
public final class StackGoals {

    /** The goal names. */
    public static final String STATUS = "status";
    public static final String OUTPUTS = "outputs";
    public static final String DELETE = "delete";

    private final GoalContext context;

    public StackGoals(GoalContext context) {
        this.context = context;
    }

    /** {@code status}: the stack, or empty when it does not exist. */
    public Optional<StackState> status(StackGoalSettings settings) {
        if (RegionalGoals.regional(settings.environment()).isPresent()) {
            new RegionalGoals(context).status(settings, RegionalGoals.regional(settings.environment()).get());
            return Optional.empty();
        }
        try (AwsSession session = open(settings)) {
            StackSettings stack = session.stack(settings.stack());
            return new StackStatusReport(session.deployContext(settings.stack())).report(session.environmentName(), stack.stackName(),
                    settings.stack().timeout(), masker(settings, stack));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GoalInterruptedException("Interrupted", e);
        }
    }

    /** {@code outputs}: the deployed stack's outputs, written and returned as properties. */
    public Outputs outputs(StackGoalSettings settings) {
        if (RegionalGoals.regional(settings.environment()).isPresent()) {
            return new RegionalGoals(context).outputs(settings, RegionalGoals.regional(settings.environment()).get());
        }
        try (AwsSession session = open(settings)) {
            StackSettings stack = session.stack(settings.stack());
            String env = session.environmentName();
            StackGateway gateway = session.gateway();
            StackState state = gateway.describeStack(stack.stackName())
                    .orElseThrow(() -> new UserException("Stack " + stack.stackName() + " (environment '" + env
                            + "') does not exist; deploy it first: mvn collab-infra:deploy -Denv=" + env));
            // This run may not know the NoEcho values: the deployed template tells which outputs carry one.
            SecretMasker masker = DeployedTemplates.maskerFor(gateway, state, masker(settings, stack), context.out());
            Outputs outputs = Outputs.write(settings.environment().project().environmentDirectory(env), state.outputs(), masker,
                    context.out());
            context.out().info("Outputs of " + stack.stackName() + " (" + state.status() + ") written to " + outputs.file()
                    + " and .properties.");
            return outputs;
        }
    }

    /** {@code delete}, confirmed by {@code confirmation} being the stack's name. */
    public Optional<StackState> delete(StackGoalSettings settings, String confirmation) {
        if (RegionalGoals.regional(settings.environment()).isPresent()) {
            new RegionalGoals(context).delete(settings, RegionalGoals.regional(settings.environment()).get(), confirmation);
            return Optional.empty();
        }
        try (AwsSession session = open(settings)) {
            StackSettings stack = session.stack(settings.stack());
            try {
                Optional<StackState> deleted = new StackDeleter(session.deployContext(settings.stack())).delete(session.environmentName(),
                        stack.stackName(), confirmation, settings.stack().timeout(), masker(settings, stack));
                StackDeleter.removeOutputsFiles(settings.environment().project().environmentDirectory(session.environmentName()))
                        .forEach(f -> context.out().info("Removed " + f + ": the stack it described is gone."));
                return deleted;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GoalInterruptedException("Interrupted while deleting stack " + stack.stackName()
                        + "; CloudFormation goes on. Watch it with: mvn collab-infra:status -Denv=" + session.environmentName()
                        + " -D" + PropertyNames.STACK_NAME + "=" + stack.stackName(), e);
            }
        }
    }

    private AwsSession open(StackGoalSettings settings) {
        return AwsSession.open(context, settings.environment(), settings.access(), null);
    }

    /**
     * Masks NoEcho values for the goals that do not render the template; NoEcho names come from
     * the main template when it can be read.
     */
    static SecretMasker masker(StackGoalSettings settings, StackSettings stack) {
        return masker(settings.environment(), stack.parameters());
    }

    /** The same for given parameter values (a stack set's). */
    static SecretMasker masker(EnvironmentRequest request, java.util.Map<String, String> parameters) {
        Path main = request.sources().mainTemplate();
        if (main == null || !Files.isRegularFile(main)) {
            return SecretMasker.none();
        }
        try {
            return new TemplateParser().parse(main).templateIfParsed()
                    .map(t -> new SecretMasker(ParameterResolver.noEchoParameters(t), parameters))
                    .orElseGet(SecretMasker::none);
        } catch (IOException e) {
            return SecretMasker.none();
        }
    }
}
