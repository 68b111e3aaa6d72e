package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders the bundle for one environment and uploads nested templates and code to S3 under
 * content-addressed keys ({@code <prefix>/<sha256>.<ext>}); what is already there is not sent
 * again. Writes the rendered main template to {@code target/collab-infra/<env>/main.packaged.yaml}
 * and {@code upload-report.json}. No default phase; {@code deploy} runs the same step. Not
 * {@code requiresOnline}: with {@code -Dcollab-infra.endpoint} it talks to a local S3, which works
 * in offline builds.
 *
 * @since 0.1.0
 */
@Mojo(name = "upload", threadSafe = true)
public class UploadMojo extends AbstractAwsMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.UPLOAD_SKIP, defaultValue = "false")
    private boolean skipUpload;

    @Override
    protected String goal() {
        return "upload";
    }

    @Override
    protected boolean isGoalSkipped() {
        return skipUpload;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.UPLOAD_SKIP;
    }

    @Override
    protected void doExecute() {
        try (AwsClients clients = new AwsClients(awsSettings())) {
            upload(clients);
        }
    }
}
