package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.deploy.StackDeleter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deletes the environment's stack, following its events and naming every resource that failed to
 * delete and why. Needs the stack's name typed as confirmation
 * ({@code -Dcollab-infra.confirm=<stack name>}) and refuses a stack with termination protection.
 *
 * @since 0.1.0
 */
@Mojo(name = "delete", threadSafe = true)
public class DeleteMojo extends AbstractStackMojo {

    /**
     * The stack's name, typed again to confirm the deletion.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CONFIRM)
    private String confirm;

    /**
     * Skips this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "collab-infra.delete.skip", defaultValue = "false")
    private boolean deleteSkip;

    @Override
    protected String goal() {
        return "delete";
    }

    @Override
    protected boolean isGoalSkipped() {
        return deleteSkip;
    }

    @Override
    protected String goalSkipProperty() {
        return "collab-infra.delete.skip";
    }

    @Override
    protected void doExecute() throws MojoExecutionException {
        StackTarget target = target();
        try (AwsClients clients = new AwsClients(awsSettings())) {
            new StackDeleter(context(gateway(clients))).delete(target.environment(), target.stackName(), confirm,
                    timeoutDuration(), masker(target));
            StackDeleter.removeOutputsFiles(environmentDirectory().toPath())
                    .forEach(f -> getLog().info("Removed " + f + ": the stack it described is gone."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while deleting stack " + target.stackName()
                    + "; CloudFormation goes on. Watch it with: mvn collab-infra:status -Denv=" + target.environment()
                    + " -Dcollab-infra.stackName=" + target.stackName(), e);
        }
    }
}
