package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.BundleTemplates;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.lint.FailOn;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.ValidationRequest;
import dev.collabinfra.lint.ValidationResult;
import dev.collabinfra.lint.Validator;
import dev.collabinfra.lint.report.TextReport;
import java.nio.file.Path;
import java.util.Set;

/**
 * Step 1 of {@code deploy} and {@code plan}: validation errors stop it (the same rules and reports
 * as {@code validate}); then the bundle is rendered for the environment and uploaded,
 * content-addressed, so nothing already in the bucket is sent again.
 */
final class StepOne {

    private StepOne() {}

    static RenderedTemplates validateAndUpload(AbstractStackMojo mojo, AwsClients clients) {
        validate(mojo);
        Bundle bundle = mojo.resolveBundle();
        BundleUpload.Result uploaded = mojo.upload(clients, bundle);
        return new BundleTemplates(bundle, uploaded.rendered());
    }

    private static void validate(AbstractStackMojo mojo) {
        Path baseDir = mojo.project.getBasedir().toPath();
        Path templates = mojo.templates != null && mojo.templates.exists() ? mojo.templates.toPath() : mojo.mainTemplate.toPath();
        ValidationRequest request = new ValidationRequest(baseDir, templates, false, Set.of(), FailOn.ERROR,
                Path.of(mojo.project.getBuild().getDirectory(), "collab-infra"), mojo.pluginVersion);
        ValidationResult result = new Validator(mojo.progress()).validate(request);
        for (Finding finding : result.failing()) {
            mojo.getLog().error(TextReport.line(finding, result));
        }
        if (result.failed()) {
            throw new UserException(result.summary() + ": the templates have errors, so nothing was uploaded or deployed."
                    + " Fix them (mvn collab-infra:validate lists every finding).");
        }
        mojo.getLog().info("Validated: " + result.summary());
    }
}
