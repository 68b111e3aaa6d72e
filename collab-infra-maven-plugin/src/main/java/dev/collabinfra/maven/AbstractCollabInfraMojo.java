package dev.collabinfra.maven;

import dev.collabinfra.aws.SdkLogging;
import dev.collabinfra.core.GoalInterruptedException;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.goals.AwsAccess;
import dev.collabinfra.goals.EnvironmentChoice;
import dev.collabinfra.goals.EnvironmentRequest;
import dev.collabinfra.goals.GoalContext;
import dev.collabinfra.goals.Project;
import dev.collabinfra.goals.PropertyNames;
import dev.collabinfra.goals.Sources;
import dev.collabinfra.goals.UnknownProperties;
import dev.collabinfra.goals.ValidateSettings;
import dev.collabinfra.goals.ValidationRecord;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The one base of the goals: the parameters every goal has (the project, the templates, the
 * environment, skip), the translation of Maven's world into the goals layer's plain records, and
 * the one place where core exceptions become Maven ones: a {@link UserException} fails the build
 * with its message and no stack trace; anything else is an unexpected {@link MojoExecutionException}.
 * Parameter groups that only some goals have (validation, AWS access, upload, stack) are declared
 * by those goals and handed to the record builders here as values, never as a Mojo.
 */
public abstract class AbstractCollabInfraMojo extends AbstractMojo {

    private static final String VALIDATIONS_KEY = "dev.collabinfra.validations";
    private static final String WARNED_KEY = "dev.collabinfra.unknownPropertiesWarned";
    private static final String BASEDIR_EXPRESSION = "${project.basedir}";

    /** The project being built (a stand-in project when a goal runs without a pom). */
    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    /** The Maven session, for settings, batch mode and user properties. */
    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    /** This plugin's descriptor: the property names it knows, for the unknown-property warning. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    protected PluginDescriptor plugin;

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

    /**
     * The longest, in seconds, that checking one template may take. A template that reaches it
     * gets an E0002 finding naming the rule that was running; the other templates are checked and
     * the reports are written as usual. {@code 0} removes the bound.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.LINT_TIMEOUT, defaultValue = "10")
    protected int lintTimeout = 10;

    /**
     * The directory that holds the CloudFormation templates, or a single template file. In a
     * directory, every {@code *.yaml}, {@code *.yml}, {@code *.json} and {@code *.template} below it
     * is a template, except in its {@code environments/} folder (environment files) and hidden files.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TEMPLATES, defaultValue = "${project.basedir}/src/main/cloudformation")
    protected File templates;

    /**
     * The main template: the stack's template, against which every environment file in
     * {@code environments/} is checked. Every local {@code TemplateURL} of an
     * {@code AWS::CloudFormation::Stack} in it is followed recursively; local Lambda code paths are zipped.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.MAIN_TEMPLATE, defaultValue = "${project.basedir}/src/main/cloudformation/main.yaml")
    protected File mainTemplate;

    /**
     * The environment: {@code environments/<env>.yaml} next to the templates. {@code validate}
     * checks only it instead of all of them; the AWS goals deploy it (outputs go to
     * {@code target/collab-infra/<env>/}) and need it when the project has environment files. A
     * project without environment files takes any name and uses the POM and command line alone.
     * {@code -Dcollab-infra.env} works too.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ENV)
    protected String env;

    /** The plugin's version, recorded in the validation reports. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    protected String pluginVersion;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || isGoalSkipped()) {
            getLog().info("collab-infra " + goal() + " skipped (" + (skip ? PropertyNames.SKIP : goalSkipProperty()) + "=true)");
            return;
        }
        try {
            warnUnknownPropertiesOnce();
            doExecute();
        } catch (UserException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (GoalInterruptedException e) {
            throw new MojoExecutionException(e.getMessage(), e);
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

    /** The project as the goals layer sees it. */
    protected Project projectInfo() {
        Path baseDir = project != null && project.getBasedir() != null ? project.getBasedir().toPath() : Path.of("").toAbsolutePath();
        Path build = project != null && project.getBuild().getDirectory() != null
                ? resolveUnexpanded(Path.of(project.getBuild().getDirectory()), baseDir) : baseDir.resolve("target");
        return project == null ? new Project(baseDir, build, null, null, null, pluginVersion)
                : new Project(baseDir, build, project.getGroupId(), project.getArtifactId(), project.getVersion(), pluginVersion);
    }

    /** Where the templates are; a main template left at an unresolved default (no pom) is none. */
    protected Sources sources() {
        Path main = mainTemplate == null || mainTemplate.getPath().contains("${") ? null : mainTemplate.toPath();
        List<Path> allowed = allowedOutsideDirectories == null ? List.of()
                : allowedOutsideDirectories.stream().map(File::toPath).toList();
        return new Sources(templates.toPath(), main, allowed);
    }

    /** The environment {@code -Denv} or {@code -Dcollab-infra.env} names, or null. */
    protected String chosenEnvironment() {
        return EnvironmentChoice.of(env, commandLine());
    }

    /** The validation parameters of the goals that validate, as one record. */
    protected ValidateSettings validateSettings(String failOn, List<String> ignoreRules, boolean allowEmpty, File outputDirectory,
            File specFile) {
        Project info = projectInfo();
        return new ValidateSettings(info, sources(), chosenEnvironment(), ValidateSettings.failOn(failOn), ValidateSettings.ids(ignoreRules),
                allowEmpty, resolveUnexpanded(outputDirectory.toPath(), info.baseDir()), specFile == null ? null : specFile.toPath(),
                interpolationProperties(), System.getenv(), java.time.Duration.ofSeconds(Math.max(0, lintTimeout)),
                EnvironmentOverrides.fromProperties(EnvironmentOverrides.COMMAND_LINE, commandLine()), null);
    }

    /**
     * The environment request of an AWS goal: {@code -Denv}, the command line, and the POM level
     * made of the settings the goal has (null values are unset).
     */
    protected EnvironmentRequest environmentRequest(Map<String, String> pomSettings, Map<String, String> pomParameters,
            Map<String, String> pomTags) {
        EnvironmentOverrides pom = new EnvironmentOverrides(EnvironmentOverrides.POM, pomSettings,
                pomParameters == null ? Map.of() : pomParameters, pomTags == null ? Map.of() : pomTags);
        return new EnvironmentRequest(projectInfo(), sources(), chosenEnvironment(), commandLine(), pom, interpolationProperties(),
                System.getenv());
    }

    /** Settings by name, from alternating names and values; null and blank values are left out. */
    protected static Map<String, String> pomSettings(String... namesAndValues) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = blankToNull(namesAndValues[i + 1]);
            if (value != null) {
                settings.put(namesAndValues[i], value);
            }
        }
        return settings;
    }

    /**
     * Credentials from the {@code settings.xml} server {@code serverId} (if any), the role to
     * assume, and whether {@code -X} may show the SDK's wire log (which prints secrets). Under
     * {@code -X} the log says what is left out, or warns when another SLF4J backend still prints it.
     */
    protected AwsAccess awsAccess(String serverId, SettingsDecrypter decrypter, String assumeRoleArn, boolean debugWirePrintsSecrets) {
        ServerCredentials.Keys keys = ServerCredentials.of(session == null ? null : session.getSettings(), decrypter, serverId);
        if (getLog().isDebugEnabled()) {
            List<String> stillLoud = SdkLogging.apply(debugWirePrintsSecrets);
            if (stillLoud.isEmpty()) {
                getLog().debug(SdkLogging.note(debugWirePrintsSecrets, stillLoud));
            } else {
                getLog().warn(SdkLogging.note(debugWirePrintsSecrets, stillLoud));
            }
        }
        return new AwsAccess(keys == null ? null : keys.accessKeyId(), keys == null ? null : keys.secretAccessKey(), blankToNull(assumeRoleArn),
                debugWirePrintsSecrets);
    }

    /** Progress, batch mode and this build's validations. */
    protected GoalContext context() {
        return new GoalContext(new MavenProgressListener(getLog()), batchMode(), validations());
    }

    /**
     * What {@code ${...}} in environment files may use: the project's properties and coordinates,
     * then system properties, then {@code -D} user properties (later ones win). The outputs this
     * plugin exports are left out: they change during a build and are no input.
     */
    protected Map<String, String> interpolationProperties() {
        Map<String, String> merged = new LinkedHashMap<>();
        if (project != null) {
            copy(project.getProperties(), merged);
            putIfNotNull(merged, "project.version", project.getVersion());
            putIfNotNull(merged, "project.artifactId", project.getArtifactId());
            putIfNotNull(merged, "project.groupId", project.getGroupId());
        }
        if (session != null) {
            copy(session.getSystemProperties(), merged);
            copy(session.getUserProperties(), merged);
        }
        merged.keySet().removeIf(k -> k.startsWith(PropertyNames.OUTPUT_PROPERTY_PREFIX));
        return merged;
    }

    /** What {@code -D} gives: the session's {@code collab-infra.*} system properties under its user properties. */
    protected Map<String, String> commandLine() {
        Map<String, String> all = new LinkedHashMap<>();
        if (session != null) {
            Properties system = session.getSystemProperties();
            system.stringPropertyNames().stream().filter(n -> n.startsWith(PropertyNames.PREFIX))
                    .forEach(n -> all.put(n, system.getProperty(n)));
            copy(session.getUserProperties(), all);
        }
        return all;
    }

    /** True in batch mode ({@code -B}), where progress lines stay quiet. */
    protected boolean batchMode() {
        return session != null && session.getRequest() != null && !session.getRequest().isInteractiveMode();
    }

    /** Makes values visible to later plugins of the same build (the {@code collab-infra.output.<Key>} properties). */
    protected void exportProperties(Map<String, String> properties) {
        if (project != null) {
            properties.forEach(project.getProperties()::setProperty);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The unknown-property warnings, once per project and build rather than once per goal. */
    private void warnUnknownPropertiesOnce() {
        if (project != null && project.getContextValue(WARNED_KEY) != null) {
            return;
        }
        UnknownProperties.warnings(commandLine(), knownProperties()).forEach(getLog()::warn);
        if (project != null) {
            project.setContextValue(WARNED_KEY, Boolean.TRUE);
        }
    }

    /** Every property a parameter of this plugin reads, from the plugin descriptor (empty when unavailable). */
    private Set<String> knownProperties() {
        Set<String> known = new LinkedHashSet<>();
        if (plugin != null && plugin.getMojos() != null) {
            for (MojoDescriptor mojo : plugin.getMojos()) {
                if (mojo.getParameters() == null) {
                    continue;
                }
                for (org.apache.maven.plugin.descriptor.Parameter parameter : mojo.getParameters()) {
                    String expression = parameter.getExpression();
                    if (expression != null && expression.startsWith("${") && expression.endsWith("}")) {
                        known.add(expression.substring(2, expression.length() - 1));
                    }
                }
            }
        }
        return known;
    }

    /**
     * This build's validations, in the project's context (one per project and build; Maven runs a
     * project's goals one after the other).
     */
    @SuppressWarnings("unchecked")
    private ValidationRecord validations() {
        if (project == null) {
            return ValidationRecord.inMemory();
        }
        Object existing = project.getContextValue(VALIDATIONS_KEY);
        if (existing instanceof ValidationRecord record) {
            return record;
        }
        ValidationRecord record = ValidationRecord.inMemory();
        project.setContextValue(VALIDATIONS_KEY, record);
        return record;
    }

    /**
     * Without a pom, Maven 3.8 gives a stand-in project whose build directory is the literal
     * {@code ${project.basedir}/target}; resolve that against the base directory rather than
     * create a folder named {@code ${project.basedir}}.
     */
    private static Path resolveUnexpanded(Path path, Path baseDir) {
        String text = path.toString();
        int unresolved = text.lastIndexOf(BASEDIR_EXPRESSION);
        if (unresolved < 0) {
            return path;
        }
        String rest = text.substring(unresolved + BASEDIR_EXPRESSION.length()).replaceFirst("^[/\\\\]+", "");
        return baseDir.resolve(rest);
    }

    private static void putIfNotNull(Map<String, String> to, String key, String value) {
        if (value != null) {
            to.put(key, value);
        }
    }

    private static void copy(Properties from, Map<String, String> to) {
        from.stringPropertyNames().forEach(name -> to.put(name, from.getProperty(name)));
    }
}
