package dev.collabinfra.goals;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.EnvironmentLoader;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.environment.EnvironmentValidator;
import dev.collabinfra.environment.ResolvedEnvironment;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.Severity;
import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the environment of an AWS goal from its three levels (command line &gt;
 * {@code environments/<env>.yaml} &gt; POM), and checks what the command line and the POM added
 * with the environment file's own checks (unknown parameter with did-you-mean, Type,
 * AllowedValues, AllowedPattern, bounds, stack name, tags, region, ARNs), offline and before any
 * S3 or CloudFormation call; a message names the {@code -D} property or POM element.
 */
final class EnvironmentResolution {

    /** The environment name of a project without environment files, when no {@code -Denv} is given. */
    static final String DEFAULT = "default";

    private EnvironmentResolution() {}

    /** The merged environment; without {@code -Denv} in a project with environment files, one line saying how to choose. */
    static ResolvedEnvironment resolve(EnvironmentRequest request) {
        Path dir = request.sources().templatesFolder();
        List<String> known = EnvironmentLoader.list(dir);
        String name = request.name();
        if (name == null) {
            if (!known.isEmpty()) {
                throw new UserException("No environment chosen: this project has " + String.join(", ", known) + " in "
                        + displayPath(request.project(), EnvironmentLoader.directory(dir)) + "; choose one with -D" + PropertyNames.ENV
                        + "=" + known.get(0) + " (or -D" + PropertyNames.ENV_LONG + "=" + known.get(0) + ")");
            }
            name = DEFAULT;
        }
        Path file = EnvironmentLoader.directory(dir).resolve(name + ".yaml");
        Environment fromFile;
        if (Files.isRegularFile(file) || !known.isEmpty()) {
            // With environment files, -Denv must name one (the error lists the known ones).
            fromFile = new EnvironmentLoader(request.interpolation(), request.environmentVariables()).load(dir, name);
        } else {
            // A project without environment files configures everything in the POM and on the command line.
            fromFile = Environment.builder(name).build();
        }
        return ResolvedEnvironment.resolve(fromFile,
                EnvironmentOverrides.fromProperties(EnvironmentOverrides.COMMAND_LINE, request.commandLine()), request.pom());
    }

    /**
     * Checks the merged environment against the main template. Findings the environment file
     * alone already has are {@code validate}'s to report; this reports what the command line and
     * the POM bring in. Parameters without a value are left to deploy, which takes the stack's
     * previous values. Errors stop the goal; warnings are printed.
     */
    static void checkOverrides(ResolvedEnvironment resolved, EnvironmentRequest request, Path specFile, ProgressListener out) {
        Optional<Template> main = mainTemplate(request.sources().mainTemplate());
        if (main.isEmpty()) {
            return; // validate reports why the main template cannot be read
        }
        EnvironmentValidator validator = new EnvironmentValidator(new LintServices(specFile));
        Environment merged = resolved.environment();
        Set<String> fileOnly = new HashSet<>();
        Environment file = fileLevel(merged, request);
        for (Finding finding : validator.validate(file, main.get())) {
            fileOnly.add(finding.ruleId() + " " + finding.message());
        }
        List<Finding> added = validator.validate(merged, main.get()).stream()
                .filter(f -> !f.ruleId().equals("E9102") && !fileOnly.contains(f.ruleId() + " " + f.message()))
                .toList();
        List<String> errors = added.stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.ruleId() + " " + f.message()).toList();
        added.stream().filter(f -> f.severity() != Severity.ERROR).forEach(f -> out.warn(f.ruleId() + " " + f.message()));
        if (!errors.isEmpty()) {
            throw new UserException("Environment '" + merged.name() + "' as the command line and the POM set it is not valid,"
                    + " so nothing was uploaded or deployed:\n  " + String.join("\n  ", errors));
        }
    }

    /** The environment as its file alone gives it, for telling the file's findings from the overrides'. */
    private static Environment fileLevel(Environment merged, EnvironmentRequest request) {
        Path dir = request.sources().templatesFolder();
        Path file = EnvironmentLoader.directory(dir).resolve(merged.name() + ".yaml");
        if (!Files.isRegularFile(file)) {
            return Environment.builder(merged.name()).build();
        }
        return new EnvironmentLoader(request.interpolation(), request.environmentVariables()).load(file);
    }

    private static Optional<Template> mainTemplate(Path main) {
        if (main == null || !Files.isRegularFile(main)) {
            return Optional.empty();
        }
        try {
            ParseResult parsed = new TemplateParser().parse(main);
            return parsed.templateIfParsed();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String displayPath(Project project, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = project.baseDir().toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
