package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.deploy.StackStatusReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows the environment's stack: status, recent events and outputs. A stack that is working is
 * followed until it settles: {@code mvn collab-infra:status -Denv=prod} watches a deploy.
 *
 * @since 0.1.0
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractStackMojo {

    /**
     * Skips this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "collab-infra.status.skip", defaultValue = "false")
    private boolean statusSkip;

    @Override
    protected String goal() {
        return "status";
    }

    @Override
    protected boolean isGoalSkipped() {
        return statusSkip;
    }

    @Override
    protected String goalSkipProperty() {
        return "collab-infra.status.skip";
    }

    @Override
    protected void doExecute() throws MojoExecutionException {
        StackTarget target = target();
        try (AwsClients clients = new AwsClients(awsSettings())) {
            new StackStatusReport(context(gateway(clients))).report(target.environment(), target.stackName(), timeoutDuration(),
                    masker(target));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted", e);
        }
    }
}
