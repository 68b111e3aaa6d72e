package dev.collabinfra.environment;

import dev.collabinfra.core.UserException;
import dev.collabinfra.environment.resolve.ResolvedEnvironments;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.ValidationCheck;
import dev.collabinfra.template.ParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The validate goal's environment step: every environment file under
 * {@code <templates>/environments/} (or only the one {@code -Denv} names) checked against the main
 * template. Without an environments folder there is nothing to check, whatever {@code -Denv}
 * names: such a project configures its environments in the POM and on the command line. After the
 * checks of the files themselves, each environment is resolved into the templates and checked as
 * CloudFormation will see it ({@link ResolvedEnvironments}); the one {@code -Denv} names with the
 * command line and the POM merged over its file, as the deploy will send it.
 */
public final class EnvironmentCheck implements ValidationCheck {

    private final Path mainTemplate;
    private final Optional<String> only;
    private final EnvironmentLoader loader;
    private final EnvironmentOverrides commandLine;
    private final EnvironmentOverrides pom;
    private final ResolvedEnvironments resolved = new ResolvedEnvironments();

    /**
     * @param mainTemplate the main template, or null for {@code main.yaml} beside the environments folder
     * @param only the environment {@code -Denv} names, if any
     * @param loader reads environment files, with the build's properties and environment variables
     */
    public EnvironmentCheck(Path mainTemplate, Optional<String> only, EnvironmentLoader loader) {
        this(mainTemplate, only, loader, EnvironmentOverrides.none(EnvironmentOverrides.COMMAND_LINE),
                EnvironmentOverrides.none(EnvironmentOverrides.POM));
    }

    /**
     * @param commandLine the {@code -Dcollab-infra.*} values, laid over the chosen environment's file for the resolved checks
     * @param pom the POM's environment settings, under the file
     */
    public EnvironmentCheck(Path mainTemplate, Optional<String> only, EnvironmentLoader loader, EnvironmentOverrides commandLine,
            EnvironmentOverrides pom) {
        this.mainTemplate = mainTemplate;
        this.only = only;
        this.loader = loader;
        this.commandLine = commandLine.forResolution();
        this.pom = pom.forResolution();
    }

    @Override
    public List<Finding> check(Scope scope) {
        Path root = scope.templateRoot();
        Path templatesDir = EnvironmentLoader.templatesFolder(root, mainTemplate);
        if (!Files.isDirectory(EnvironmentLoader.directory(templatesDir))) {
            // A project without environment files takes any -Denv name (the AWS goals read the POM
            // and the command line alone), so validate, which they all run first, accepts it too.
            return List.of();
        }
        Path main = mainTemplate != null ? mainTemplate : templatesDir.resolve("main.yaml");
        if (!Files.isRegularFile(main)) {
            throw new UserException("Environment files in " + EnvironmentLoader.directory(templatesDir)
                    + " are checked against the main template " + main + ", which does not exist; set <mainTemplate>"
                    + " (-Dcollab-infra.mainTemplate=...) to the template the stacks are created from");
        }
        ParseResult parsed = scope.services().parse(main);
        if (parsed.template() == null) {
            return List.of(); // the template's own findings say why; environments cannot be judged against it
        }
        List<Finding> findings = new ArrayList<>(new EnvironmentValidator(scope.services())
                .validateAll(templatesDir, parsed.template(), only, loader));
        // the environments laid into the templates: what CloudFormation will see (validateAll rejected an unknown -Denv)
        List<String> names = only.map(List::of).orElseGet(() -> EnvironmentLoader.list(templatesDir));
        findings.addAll(resolved.check(templatesDir, parsed.template(), names, loader, merge(scope), scope.services(),
                scope.request().baseDir(), scope.request().ignoredRules(), scope.progress()));
        return findings;
    }

    /**
     * The chosen environment as the AWS goals deploy it: command line over file over POM, through
     * the goals' own merge. Without {@code -Denv} every file is judged as written: which of them
     * the command line would be laid over is not known.
     */
    private UnaryOperator<Environment> merge(Scope scope) {
        if (commandLine.isEmpty() && pom.isEmpty()) {
            return UnaryOperator.identity();
        }
        if (only.isEmpty()) {
            scope.progress().info("Resolved validation judges every environment file as written: the -D" + EnvironmentOverrides.PREFIX
                    + "* and POM values apply to the environment chosen with -Denv, and none is chosen");
            return UnaryOperator.identity();
        }
        return env -> ResolvedEnvironment.resolve(env, commandLine, pom).environment();
    }

    @Override
    public Map<String, String> ruleDescriptions() {
        return resolved.ruleDescriptions();
    }
}
