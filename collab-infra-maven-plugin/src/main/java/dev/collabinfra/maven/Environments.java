package dev.collabinfra.maven;

import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.EnvironmentLoader;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.environment.ResolvedEnvironment;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Builds the environment of an AWS goal from its three levels: the command line
 * ({@code -Dcollab-infra.region}, {@code .parameters.<Name>}, ...), the environment file
 * {@code environments/<env>.yaml} next to the templates, and the POM configuration.
 */
final class Environments {

    /** The environment AWS goals use without {@code -Denv}. */
    static final String DEFAULT = "default";

    private Environments() {}

    static ResolvedEnvironment resolve(AbstractAwsMojo mojo) {
        Map<String, String> commandLine = commandLine(mojo);
        Map<String, String> interpolation = mojo.interpolationProperties();
        Path dir = templatesDir(mojo);
        String name = mojo.env == null || mojo.env.isBlank() ? DEFAULT : mojo.env.strip();
        Path file = EnvironmentLoader.directory(dir).resolve(name + ".yaml");
        Environment fromFile;
        if (Files.isRegularFile(file) || !EnvironmentLoader.list(dir).isEmpty()) {
            // With environment files, -Denv must name one (the error lists the known ones).
            fromFile = new EnvironmentLoader(interpolation, System.getenv()).load(dir, name);
        } else {
            // A project without environment files configures everything in the POM and on the command line.
            fromFile = Environment.builder(name).build();
        }
        return ResolvedEnvironment.resolve(fromFile, EnvironmentOverrides.fromProperties(EnvironmentOverrides.COMMAND_LINE, commandLine),
                new EnvironmentOverrides(EnvironmentOverrides.POM, mojo.pomSettings(), mojo.pomParameters(), mojo.pomTags()));
    }

    /** The folder holding {@code environments/}: the templates directory, or the main template's. */
    static Path templatesDir(AbstractAwsMojo mojo) {
        File templates = mojo.templates;
        if (templates != null && templates.isDirectory()) {
            return templates.toPath();
        }
        return mojo.mainTemplate.toPath().toAbsolutePath().getParent();
    }

    /** What {@code -D} gives: the session's system properties under its user properties. */
    private static Map<String, String> commandLine(AbstractAwsMojo mojo) {
        Map<String, String> all = new LinkedHashMap<>();
        if (mojo.session != null) {
            Properties system = mojo.session.getSystemProperties();
            system.stringPropertyNames().stream().filter(n -> n.startsWith(EnvironmentOverrides.PREFIX))
                    .forEach(n -> all.put(n, system.getProperty(n)));
            copy(mojo.session.getUserProperties(), all);
        }
        return all;
    }

    private static void copy(Properties from, Map<String, String> to) {
        from.stringPropertyNames().forEach(n -> to.put(n, from.getProperty(n)));
    }
}
