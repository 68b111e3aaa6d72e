package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployedTemplates;
import dev.collabinfra.deploy.OutputsFiles;
import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.StackGateway;
import dev.collabinfra.deploy.StackState;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the deployed stack's outputs to {@code target/collab-infra/<env>/outputs.json} and
 * {@code .properties} and sets {@code collab-infra.output.<Key>}, without deploying: for builds
 * that need the outputs of a stack deployed elsewhere.
 *
 * @since 0.1.0
 */
@Mojo(name = "outputs", threadSafe = true)
public class OutputsMojo extends AbstractStackMojo {

    /**
     * Skips this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "collab-infra.outputs.skip", defaultValue = "false")
    private boolean outputsSkip;

    @Override
    protected String goal() {
        return "outputs";
    }

    @Override
    protected boolean isGoalSkipped() {
        return outputsSkip;
    }

    @Override
    protected String goalSkipProperty() {
        return "collab-infra.outputs.skip";
    }

    @Override
    protected void doExecute() {
        StackTarget target = target();
        SecretMasker masker = masker(target);
        try (AwsClients clients = new AwsClients(awsSettings())) {
            StackGateway gateway = gateway(clients);
            StackState stack = gateway.describeStack(target.stackName())
                    .orElseThrow(() -> new UserException("Stack " + target.stackName() + " (environment '" + target.environment()
                            + "') does not exist; deploy it first: mvn collab-infra:deploy -Denv=" + target.environment()));
            // This run may not know the NoEcho values: the deployed template tells which outputs carry one.
            masker = DeployedTemplates.maskerFor(gateway, stack, masker, progress());
            OutputsFiles.table(stack.outputs(), masker).forEach(getLog()::info);
            Path file = OutputsFiles.write(environmentDirectory().toPath(), stack.outputs(), masker);
            exportOutputs(stack.outputs(), masker);
            getLog().info("Outputs of " + target.stackName() + " (" + stack.status() + ") written to " + file + " and .properties.");
        }
    }
}
