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

/**
 * The validate goal's environment step: every environment file under
 * {@code <templates>/environments/} (or only the one {@code -Denv} names) checked against the main
 * template. Without an environments folder there is nothing to check, whatever {@code -Denv}
 * names: such a project configures its environments in the POM and on the command line. After the
 * checks of the files themselves, each environment is resolved into the templates and checked as
 * CloudFormation will see it ({@link ResolvedEnvironments}).
 */
public final class EnvironmentCheck implements ValidationCheck {

    private final Path mainTemplate;
    private final Optional<String> only;
    private final EnvironmentLoader loader;
    private final ResolvedEnvironments resolved = new ResolvedEnvironments();

    /**
     * @param mainTemplate the main template, or null for {@code main.yaml} beside the environments folder
     * @param only the environment {@code -Denv} names, if any
     * @param loader reads environment files, with the build's properties and environment variables
     */
    public EnvironmentCheck(Path mainTemplate, Optional<String> only, EnvironmentLoader loader) {
        this.mainTemplate = mainTemplate;
        this.only = only;
        this.loader = loader;
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
        findings.addAll(resolved.check(templatesDir, parsed.template(), names, loader, scope.services(),
                scope.request().baseDir(), scope.request().ignoredRules(), scope.progress()));
        return findings;
    }

    @Override
    public Map<String, String> ruleDescriptions() {
        return resolved.ruleDescriptions();
    }
}
