package dev.collabinfra.maven;

import dev.collabinfra.deploy.DeployResult;
import dev.collabinfra.deploy.PlanFile;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows what {@code deploy} would change, without changing anything: validates, uploads, makes the
 * change set, prints the plan, applies the data-loss guard and writes
 * {@code target/collab-infra/<env>/plan.json}. The change set is deleted unless
 * {@code keepChangeSet}; {@code deploy -Dcollab-infra.changeSet=NAME} then executes exactly it.
 *
 * @since 0.1.0
 */
@Mojo(name = "plan", threadSafe = true)
public class PlanMojo extends AbstractChangeSetMojo {

    /**
     * Leaves the change set in place for {@code deploy -Dcollab-infra.changeSet=NAME}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.KEEP_CHANGE_SET, defaultValue = "false")
    private boolean keepChangeSet;

    /**
     * Skips this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "collab-infra.plan.skip", defaultValue = "false")
    private boolean planSkip;

    @Override
    protected String goal() {
        return "plan";
    }

    @Override
    protected boolean isGoalSkipped() {
        return planSkip;
    }

    @Override
    protected String goalSkipProperty() {
        return "collab-infra.plan.skip";
    }

    @Override
    protected void doExecute() throws MojoExecutionException {
        DeployResult result = run(true, keepChangeSet, null);
        StackTarget target = target();
        Path file = PlanFile.write(environmentDirectory().toPath().resolve("plan.json"), target.stackName(), result.plan(),
                keepChangeSet && result.plan() != null, result.parameters(), result.masker());
        getLog().info("Plan written to " + file + " and " + PlanFile.markdownFile(file).getFileName() + " (Markdown, for a pull-request comment)");
    }
}
