package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.DeployResult;
import dev.collabinfra.deploy.OutputsFiles;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.deploy.StackDeployer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code deploy} and {@code plan}: validate, render and upload, then the change-set flow of the
 * deploy core. The Mojos differ only in whether the change set runs.
 */
public abstract class AbstractChangeSetMojo extends AbstractStackMojo {

    /** Tag every stack gets, so the console shows which build deployed it. */
    static final String VERSION_TAG = "collab-infra:version";

    /**
     * Logical ids (or {@code NestedStack/LogicalId}) of stateful resources that may be replaced or
     * removed although their policy does not keep the data; comma-separated on the command line.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ALLOW_REPLACEMENT)
    protected List<String> allowReplacement;

    /**
     * Deletes a stack in {@code ROLLBACK_COMPLETE} (a create that never succeeded) and creates it again.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.RECREATE_FAILED_STACK, defaultValue = "false")
    protected boolean recreateFailedStack;

    /**
     * Calls ContinueUpdateRollback on a stack in {@code UPDATE_ROLLBACK_FAILED}, waits for it, then deploys.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CONTINUE_UPDATE_ROLLBACK, defaultValue = "false")
    protected boolean continueUpdateRollback;

    /** Runs the flow; {@code planOnly} stops after the plan. */
    protected DeployResult run(boolean planOnly, boolean keepChangeSet, String keptChangeSet) throws MojoExecutionException {
        StackTarget target = target();
        try (AwsClients clients = new AwsClients(awsSettings())) {
            RenderedTemplates rendered = StepOne.validateAndUpload(this, clients);
            DeployRequest request = new DeployRequest(target.environment(), target.stackName(), rendered, target.parameters(),
                    tagsWithVersion(target), target.capabilities(), target.roleArn(), target.notificationArns(), target.rollback(),
                    target.terminationProtection(), ids(allowReplacement), recreateFailedStack, continueUpdateRollback,
                    timeoutDuration(), keptChangeSet, planOnly, keepChangeSet);
            StackDeployer deployer = new StackDeployer(context(gateway(clients)));
            // What Ctrl-C means depends on the moment: before ExecuteChangeSet the change set is deleted and nothing runs.
            Thread hook = new Thread(() -> deployer.interrupts().onInterrupt(deployer.gateway()).forEach(getLog()::warn));
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                DeployResult result = deployer.deploy(request);
                // plan only looks: its outputs are whatever the stack had, and files stay as deploy wrote them.
                return planOnly ? result : report(result);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MojoExecutionException("Interrupted while waiting for stack " + target.stackName() + ". " + request.watchHint(), e);
            } finally {
                removeHook(hook);
            }
        }
    }

    /** Prints the outputs, writes the outputs files and exports the Maven properties. */
    private DeployResult report(DeployResult result) {
        if (result.finalState() != null) {
            OutputsFiles.table(result.finalState().outputs(), result.masker()).forEach(getLog()::info);
            Path file = OutputsFiles.write(environmentDirectory().toPath(), result.finalState().outputs(), result.masker());
            exportOutputs(result.finalState().outputs(), result.masker());
            getLog().info("Outputs written to " + file + " and .properties; Maven properties " + PropertyNames.OUTPUT_PROPERTY_PREFIX
                    + "<Key> are set.");
        }
        return result;
    }

    private Map<String, String> tagsWithVersion(StackTarget target) {
        Map<String, String> all = new LinkedHashMap<>(target.tags());
        if (project != null && project.getVersion() != null) {
            all.putIfAbsent(VERSION_TAG, project.getVersion());
        }
        return all;
    }

    private static Set<String> ids(List<String> configured) {
        Set<String> ids = new LinkedHashSet<>();
        if (configured != null) {
            for (String entry : configured) {
                for (String id : entry.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            }
        }
        return ids;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting (Ctrl-C): the hook runs and says how to watch the stack.
        }
    }
}
