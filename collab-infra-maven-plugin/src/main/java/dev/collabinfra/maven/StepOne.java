package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.deploy.BundleTemplates;
import dev.collabinfra.deploy.RenderedTemplates;

/**
 * Step 1 of {@code deploy} and {@code plan}: a template that does not parse stops it (the bundle
 * resolver names file and line); then the bundle is rendered for the environment and uploaded,
 * content-addressed, so nothing already in the bucket is sent again.
 */
final class StepOne {

    private StepOne() {}

    static RenderedTemplates validateAndUpload(AbstractStackMojo mojo, AwsClients clients) {
        Bundle bundle = mojo.resolveBundle();
        BundleUpload.Result uploaded = mojo.upload(clients, bundle);
        return new BundleTemplates(bundle, uploaded.rendered());
    }
}
