package dev.collabinfra.maven;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Parameters every goal shares, and the one place where core exceptions become Maven ones: a
 * {@link UserException} fails the build with its message and no stack trace; anything else is an
 * unexpected {@link MojoExecutionException}.
 */
public abstract class AbstractCollabInfraMojo extends AbstractMojo {

    /** The project being built (a stand-in project when a goal runs without a pom). */
    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    /** The Maven session, for settings, batch mode and user properties. */
    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    /**
     * Skips every goal of this plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    protected boolean skip;

    /**
     * Directories outside the project that local {@code Code}, {@code CodeUri}, {@code Content}
     * and {@code TemplateURL} paths may point into. Empty by default: nothing outside the project's
     * base directory is validated as local, packaged or uploaded, so a {@code Code: ../../..} cannot
     * ship your home directory. List a directory here only when you mean to ship its files.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.ALLOWED_OUTSIDE)
    protected List<File> allowedOutsideDirectories;

    /** The directories of {@link #allowedOutsideDirectories}, never null. */
    protected List<java.nio.file.Path> allowedOutside() {
        return allowedOutsideDirectories == null ? List.of()
                : allowedOutsideDirectories.stream().map(File::toPath).toList();
    }

    /**
     * The directory that holds the CloudFormation templates, or a single template file. In a
     * directory, every {@code *.yaml}, {@code *.yml}, {@code *.json} and {@code *.template} below it
     * is a template, except in its {@code environments/} folder (environment files) and hidden files.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TEMPLATES, defaultValue = "${project.basedir}/src/main/cloudformation")
    protected File templates;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || isGoalSkipped()) {
            getLog().info("collab-infra " + goal() + " skipped (" + (skip ? PropertyNames.SKIP : goalSkipProperty()) + "=true)");
            return;
        }
        try {
            doExecute();
        } catch (UserException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (MojoExecutionException | MojoFailureException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MojoExecutionException("collab-infra " + goal() + " failed unexpectedly: " + e, e);
        }
    }

    /** The goal name, for messages. */
    protected abstract String goal();

    /** True when the goal's own skip parameter is set. */
    protected abstract boolean isGoalSkipped();

    /** The goal's own skip property, for the skip message. */
    protected abstract String goalSkipProperty();

    protected abstract void doExecute() throws MojoExecutionException, MojoFailureException;

    /**
     * What {@code ${...}} in environment files may use: the project's properties and coordinates,
     * then system properties, then {@code -D} user properties (later ones win).
     */
    protected Map<String, String> interpolationProperties() {
        Map<String, String> merged = new LinkedHashMap<>();
        if (project != null) {
            copy(project.getProperties(), merged);
            merged.put("project.version", project.getVersion());
            merged.put("project.artifactId", project.getArtifactId());
            merged.put("project.groupId", project.getGroupId());
        }
        if (session != null) {
            copy(session.getSystemProperties(), merged);
            copy(session.getUserProperties(), merged);
        }
        return merged;
    }

    private static void copy(Properties from, Map<String, String> to) {
        from.stringPropertyNames().forEach(name -> to.put(name, from.getProperty(name)));
    }

    /** The core's view of the Mojo log. */
    protected ProgressListener progress() {
        return new MavenProgressListener(getLog());
    }

    /** True in batch mode ({@code -B}), where progress lines stay quiet. */
    protected boolean batchMode() {
        return session != null && !session.getRequest().isInteractiveMode();
    }
}
