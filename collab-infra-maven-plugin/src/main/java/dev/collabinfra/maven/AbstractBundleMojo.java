package dev.collabinfra.maven;

import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleResolver;
import dev.collabinfra.template.TemplateParser;
import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that work on the bundle of one main template: {@code package}, {@code upload}, {@code deploy}. */
public abstract class AbstractBundleMojo extends AbstractCollabInfraMojo {

    /**
     * The main template. Every local {@code TemplateURL} of an {@code AWS::CloudFormation::Stack}
     * in it is followed recursively; local Lambda code paths are zipped.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.MAIN_TEMPLATE, defaultValue = "${project.basedir}/src/main/cloudformation/main.yaml")
    protected File mainTemplate;

    /** Resolves the main template and everything it ships; messages show paths relative to the project. */
    protected Bundle resolveBundle() {
        Bundle bundle = new BundleResolver(new TemplateParser(), project.getBasedir().toPath(), allowedOutside())
                .resolve(mainTemplate.toPath());
        bundle.warnings().forEach(getLog()::warn);
        return bundle;
    }
}
