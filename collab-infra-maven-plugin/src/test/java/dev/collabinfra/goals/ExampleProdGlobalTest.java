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

/**
 * The example project's two-region {@code prod-global} environment validates clean, with every rule,
 * in both regions; and resolved validation judges each region of a multi-region environment apart.
 */
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

    @Test
    void resolvedValidationSeesEachRegionSoAnAccountWideNameCollidesBetweenRegions(@TempDir Path project) throws Exception {
        Path templates = project.resolve("src/main/cloudformation");
        java.nio.file.Files.createDirectories(templates.resolve("environments"));
        java.nio.file.Files.writeString(templates.resolve("main.yaml"), """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      RoleName: !Sub "shop-${NAME}"
                      AssumeRolePolicyDocument:
                        Version: '2012-10-17'
                        Statement:
                          - Effect: Allow
                            Principal: {Service: lambda.amazonaws.com}
                            Action: sts:AssumeRole
                """.replace("NAME", "AWS::StackName"));
        java.nio.file.Files.writeString(templates.resolve("environments/global.yaml"),
                "stackName: shop\nregions: [us-east-1, eu-west-1]\ncapabilities: [CAPABILITY_NAMED_IAM]\n");
        Project p = new Project(project, project.resolve("target"), "shop", "shop", "1.0", "test");
        ValidateSettings settings = new ValidateSettings(p, new Sources(templates, templates.resolve("main.yaml")), "global",
                FailOn.NONE, Set.of(), false, project.resolve("target"), null, Map.of(), Map.of());
        ValidationResult result = new ValidateGoal(new GoalContext(new Lines(), true, ValidationRecord.inMemory())).run(settings);
        // IAM names are per account: the same role name in both regions is a collision.
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("E9125");
            assertThat(f.message()).contains("shop-shop");
        });

        java.nio.file.Files.writeString(templates.resolve("main.yaml"), java.nio.file.Files.readString(templates.resolve("main.yaml"))
                .replace("shop-${AWS::StackName}", "shop-${AWS::StackName}-${AWS::Region}"));
        ValidationResult regional = new ValidateGoal(new GoalContext(new Lines(), true, ValidationRecord.inMemory())).run(settings);
        assertThat(regional.findings()).noneSatisfy(f -> assertThat(f.ruleId()).isEqualTo("E9125"));
    }
}
