package dev.collabinfra.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates or updates the environment's main stack through a change set: validate, upload, show the
 * plan, refuse data loss, execute while streaming the events of every nested stack, then print the
 * outputs and write them to {@code target/collab-infra/<env>/outputs.json} and {@code .properties}.
 * {@code mvn collab-infra:deploy -Denv=prod}, or bound to the {@code deploy} phase.
 *
 * @since 0.1.0
 */
@Mojo(name = "deploy", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class DeployMojo extends AbstractChangeSetMojo {

    /**
     * Skips this goal only; {@code collab-infra.skip} skips every goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DEPLOY_SKIP, defaultValue = "false")
    private boolean deploySkip;

    /**
     * Executes exactly this change set, kept by {@code plan -Dcollab-infra.keepChangeSet=true},
     * instead of making a new one.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CHANGE_SET)
    private String changeSet;

    @Override
    protected String goal() {
        return "deploy";
    }

    @Override
    protected boolean isGoalSkipped() {
        return deploySkip;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.DEPLOY_SKIP;
    }

    @Override
    protected void doExecute() throws MojoExecutionException {
        run(false, false, changeSet == null || changeSet.isBlank() ? null : changeSet.strip());
    }
}
