package dev.collabinfra.goals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.deploy.regions.Lines;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.EnvironmentLoader;
import dev.collabinfra.environment.RegionalSettings;
import dev.collabinfra.lint.FailOn;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.ValidationResult;
import dev.collabinfra.template.Severity;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example project's two-region {@code prod-global} environment validates clean, with every rule, in both regions. */
class ExampleProdGlobalTest {

    static final Path EXAMPLE = Path.of("../example-project").toAbsolutePath().normalize();
    static final Map<String, String> PROPERTIES = Map.of("project.version", "1.0.0",
            "collab.container.image", "123456789.dkr.ecr.us-east-1.amazonaws.com/collaboration-server:1.0.0");

    @TempDir
    Path reports;

    @Test
    void prodGlobalValidatesClean() {
        Path templates = EXAMPLE.resolve("src/main/cloudformation");
        Project project = new Project(EXAMPLE, reports, "dev.collabinfra", "example-project", "1.0.0", "test");
        ValidateSettings settings = new ValidateSettings(project, new Sources(templates, templates.resolve("main.yaml")), "prod-global",
                FailOn.WARNING, Set.of(), false, reports, null, PROPERTIES, Map.of());
        Lines out = new Lines();
        ValidationResult result = new ValidateGoal(new GoalContext(out, true, ValidationRecord.inMemory())).run(settings);
        assertThat(result.findings()).filteredOn(f -> f.file().toString().contains("environments"))
                .extracting(Finding::message).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();

        EnvironmentLoader loader = new EnvironmentLoader(PROPERTIES, Map.of());
        Environment env = loader.load(templates, "prod-global");
        RegionalSettings regional = loader.regional().read(env);
        assertThat(regional.regions()).containsExactly("us-east-1", "eu-west-1");
        assertThat(regional.environmentFor(env, "eu-west-1").bucket()).contains("collab-platform-cfn-123456789-eu-west-1");
        assertThat(regional.environmentFor(env, "eu-west-1").parameters()).containsEntry("DomainName", "eu.collaborate.example.com");
    }
}
