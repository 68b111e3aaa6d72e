package dev.collabinfra.environment.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.environment.EnvironmentCheck;
import dev.collabinfra.environment.EnvironmentLoader;
import dev.collabinfra.lint.FailOn;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Rules;
import dev.collabinfra.lint.ValidationRequest;
import dev.collabinfra.lint.ValidationResult;
import dev.collabinfra.lint.Validator;
import dev.collabinfra.lint.resolve.AvailabilityZones;
import dev.collabinfra.lint.resolve.ResolvedDeployment;
import dev.collabinfra.lint.resolve.Value;
import dev.collabinfra.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example project's three environments, resolved: they pass, and what was resolved is what CloudFormation would see. */
class ResolvedExampleTest {

    static final Path EXAMPLE = Path.of("../example-project").toAbsolutePath().normalize();
    static final Path TEMPLATES = EXAMPLE.resolve("src/main/cloudformation");

    @TempDir
    Path reports;

    @Test
    void theExampleEnvironmentsPassResolvedValidation() {
        // given
        List<String> progress = new ArrayList<>();
        EnvironmentCheck environments = new EnvironmentCheck(null, Optional.empty(), loader());
        ValidationRequest request = new ValidationRequest(EXAMPLE, TEMPLATES, false, Set.of(), FailOn.ERROR, reports, "test");
        // when
        ValidationResult result = new Validator(Rules.all(), List.of(environments), LintServices::new, recording(progress))
                .validate(request);
        // then
        assertThat(result.findings()).extracting(f -> f.format(EXAMPLE)).isEmpty();
        assertThat(progress).anyMatch(line -> line.startsWith("Environment prod resolved: 7 stacks"));
        assertThat(result.ruleCatalog()).containsEntry("E9124",
                "An export name that two environments (or two stacks of one) claim in the same account and region");
    }

    @Test
    void prodIsResolvedThroughItsNestedStacks() {
        // given
        LintServices services = new LintServices();
        Template main = services.parse(TEMPLATES.resolve("main.yaml")).template();
        Path prodFile = TEMPLATES.resolve("environments/prod.yaml");
        // when
        ResolvedDeployment prod = ResolvedDeployment.resolve(main,
                ResolvedEnvironments.deployment(loader().load(TEMPLATES, "prod")), services, AvailabilityZones.bundled());
        // then: the seven stacks, subnets from Fn::Cidr and Fn::GetAZs in us-east-1, the mapping's retention in a child
        assertThat(prod.stacks()).extracting(s -> s.label() == null ? "main" : s.label()).containsExactly("main", "NetworkStack",
                "DatabaseStack", "ApplicationStack", "WebSocketStack", "CdnStack", "MonitoringStack");
        assertThat(texts(prod, "PrivateSubnet2", "CidrBlock")).containsExactly("10.0.48.0/20");
        assertThat(texts(prod, "PrivateSubnet2", "AvailabilityZone")).containsExactly("us-east-1b");
        assertThat(texts(prod, "ApplicationLogGroup", "RetentionInDays")).containsExactly("90");
        assertThat(prod.properties()).filteredOn(p -> p.logicalId().equals("ApplicationLogGroup") && p.pathText().equals("RetentionInDays"))
                .singleElement().satisfies(p -> assertThat(p.value().feeds()).extracting(f -> f.what() + "@" + f.file() + ":" + f.position().line())
                        .containsExactly("parameters.EnvironmentName@" + prodFile + ":10"));
        // the second NAT gateway exists in prod (two NAT gateways), and subnet ids stay unknown
        assertThat(prod.properties()).filteredOn(p -> p.logicalId().equals("NatGateway2") && p.pathText().equals("SubnetId"))
                .singleElement().satisfies(p -> assertThat(p.value()).isInstanceOf(Value.Unknown.class));
        assertThat(prod.problems()).isEmpty();
        // dev has one NAT gateway: the second one and its address are left out by TwoNatGateways
        ResolvedDeployment dev = ResolvedDeployment.resolve(main,
                ResolvedEnvironments.deployment(loader().load(TEMPLATES, "dev")), services, AvailabilityZones.bundled());
        assertThat(dev.properties()).noneMatch(p -> p.logicalId().startsWith("NatGateway2"));
        assertThat(dev.skippedByCondition()).isGreaterThanOrEqualTo(2);
        assertThat(texts(dev, "PrivateSubnet2", "AvailabilityZone")).containsExactly("us-west-2b");
    }

    private static List<String> texts(ResolvedDeployment d, String logicalId, String path) {
        return d.properties().stream().filter(p -> p.logicalId().equals(logicalId) && p.pathText().equals(path))
                .map(p -> p.value() instanceof Value.Text t ? t.text() : p.value().toString()).toList();
    }

    static EnvironmentLoader loader() {
        return new EnvironmentLoader(Map.of("collab.container.image", "123456789012.dkr.ecr.us-east-1.amazonaws.com/collab@sha256:abc",
                "project.version", "1.0.0"), Map.of());
    }

    static ProgressListener recording(List<String> lines) {
        return new ProgressListener() {
            @Override
            public void info(String message) {
                lines.add(message);
            }

            @Override
            public void detail(String message) {
                lines.add(message);
            }

            @Override
            public void warn(String message) {
                lines.add(message);
            }

            @Override
            public void error(String message) {
                lines.add(message);
            }
        };
    }
}
