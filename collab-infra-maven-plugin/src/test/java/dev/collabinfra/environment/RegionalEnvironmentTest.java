package dev.collabinfra.environment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Multi-region environments and stack set targets: {@code global} and {@code stackset} are
 * correct; the {@code -bad} files carry one mistake per marked line ({@code # expect: ID}).
 */
class RegionalEnvironmentTest {

    static final Path DIR = Path.of("src/test/resources/environments/regions").toAbsolutePath();
    static final Map<String, String> ENV = Map.of("DB_PASSWORD", "correct-horse-battery");

    private final LintServices services = new LintServices();
    private final EnvironmentLoader loader = new EnvironmentLoader(Map.of(), ENV);

    private Template main() {
        return services.parse(DIR.resolve("main.yaml")).template();
    }

    private List<Finding> validate(String name) {
        return new EnvironmentValidator(services).validateAll(DIR, main(), Optional.of(name), loader);
    }

    private static Set<String> expected(String name) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve("environments").resolve(name + ".yaml"));
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf("# expect: ");
            if (at >= 0) {
                expected.add(name + ".yaml:" + (i + 1) + " " + lines.get(i).substring(at + 10).strip());
            }
        }
        return expected;
    }

    private static Set<String> actual(List<Finding> findings) {
        return findings.stream().map(f -> f.file().getFileName() + ":" + f.position().line() + " " + f.ruleId())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void correctMultiRegionAndStackSetEnvironmentsValidateClean() {
        assertThat(validate("global")).isEmpty();
        assertThat(validate("stackset")).isEmpty();
    }

    @Test
    void everyMarkedLineGivesItsFindingAndNothingElse() throws IOException {
        for (String name : List.of("global-bad", "stackset-bad", "org-bad")) {
            assertThat(actual(validate(name))).as(name).isEqualTo(expected(name));
        }
    }

    @Test
    void findingsSayWhatIsWrongAndHowToFixIt() {
        List<String> messages = validate("global-bad").stream().map(Finding::message).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'eu-west-2'").contains("does not deploy to"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'CertifcateArn'").contains("did you mean 'CertificateArn'"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("sets both region and regions"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'us-east-1' is listed twice"));
        List<String> stackSet = validate("stackset-bad").stream().map(Finding::message).toList();
        assertThat(stackSet).anySatisfy(m -> assertThat(m).contains("'12345678901' is not an AWS account id: 12 digits"));
        assertThat(stackSet).anySatisfy(m -> assertThat(m).contains("give the name").contains("not the ARN"));
        assertThat(stackSet).anySatisfy(m -> assertThat(m).contains("failureToleranceCount + 1"));
        assertThat(stackSet).anySatisfy(m -> assertThat(m).contains("'DesiredCapacity' in regionParameters.eu-west-1")
                .contains("StackSets only override parameters the stack set specifies").contains("a value under parameters:"));
        assertThat(stackSet).anySatisfy(m -> assertThat(m).contains("'DomainNme'").contains("did you mean 'DomainName'"));
    }

    @Test
    void aValueWrongInOneRegionIsReportedAtItsOverrideAndTheRegionLine() throws IOException {
        Path dir = Files.createTempDirectory("regions");
        Files.createDirectories(dir.resolve("environments"));
        for (String f : List.of("main.yaml", "cdn.yaml", "app.yaml")) {
            Files.copy(DIR.resolve(f), dir.resolve(f));
        }
        // The eu-west-1 load balancer gets the us-east-1 certificate from the shared parameters: wrong only there.
        Files.writeString(dir.resolve("environments/two.yaml"), """
                stackName: collab-two
                regions: [us-east-1, eu-west-1]
                parameters:
                  EnvironmentName: prod
                  DomainName: collaborate.example.com
                  CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/cdn
                  AlbCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/alb
                  DbPassword: ${env.DB_PASSWORD}
                """);
        List<Finding> findings = new EnvironmentValidator(services).validateAll(dir,
                services.parse(dir.resolve("main.yaml")).template(), Optional.of("two"), loader);
        assertThat(actual(findings)).containsExactly("two.yaml:7 E9111");
        assertThat(findings.get(0).message()).contains("deploys to eu-west-1");
    }

    @Test
    void theRegionalViewSetsTheRegionOverridesAndBucketPerRegion() {
        Environment base = loader.load(DIR, "global");
        RegionalSettings regional = loader.regional().read(base);
        assertThat(regional.regions()).containsExactly("us-east-1", "eu-west-1");
        assertThat(regional.orderedRegions()).containsExactly("eu-west-1", "us-east-1");
        assertThat(regional.preferences().concurrency(2)).isEqualTo(2);
        assertThat(regional.preferences().tolerance(2)).isEqualTo(1);
        Environment eu = regional.environmentFor(base, "eu-west-1");
        assertThat(eu.region()).contains("eu-west-1");
        assertThat(eu.bucket()).contains("collab-artifacts-eu-west-1");
        assertThat(eu.parameters()).containsEntry("AlbCertificateArn", "arn:aws:acm:eu-west-1:123456789012:certificate/alb-eu")
                .containsEntry("EnvironmentName", "prod");
        assertThat(eu.source("region").get().toString()).isEqualTo("global.yaml:5");
        assertThat(eu.source("parameters.AlbCertificateArn").get().toString()).isEqualTo("global.yaml:16");
        assertThat(regional.environmentFor(base, "us-east-1").bucket()).contains("collab-artifacts-us-east-1");
    }

    @Test
    void stackSetTargetIsRead() {
        RegionalSettings regional = loader.regional().read(loader.load(DIR, "stackset"));
        StackSetTarget target = regional.stackSet().orElseThrow();
        assertThat(target.name()).isEqualTo("collab-baseline");
        assertThat(target.serviceManaged()).isFalse();
        assertThat(target.accounts()).containsExactly("111111111111", "222222222222");
        assertThat(target.executionRoleName()).isEqualTo("AWSCloudFormationStackSetExecutionRole");
        assertThat(regional.preferences().regionConcurrencyType()).isEqualTo("PARALLEL");
    }

    @Test
    void aShapeMistakeInTheNewKeysIsAFileProblemWithItsLine() throws IOException {
        Path dir = Files.createTempDirectory("regions");
        Files.createDirectories(dir.resolve("environments"));
        Files.copy(DIR.resolve("main.yaml"), dir.resolve("main.yaml"));
        Files.writeString(dir.resolve("environments/x.yaml"), """
                regions: [us-east-1]
                operationPreferences:
                  maxConcurrentCount: two
                  maxConcurentCount: 2
                """);
        List<Finding> findings = new EnvironmentValidator(services).validateAll(dir,
                services.parse(dir.resolve("main.yaml")).template(), Optional.of("x"), loader);
        assertThat(actual(findings)).contains("x.yaml:3 E9100", "x.yaml:4 E9100");
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("did you mean 'maxConcurrentCount'"));
    }
}
