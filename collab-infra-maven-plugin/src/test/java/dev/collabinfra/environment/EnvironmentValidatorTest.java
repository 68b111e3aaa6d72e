package dev.collabinfra.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.template.Severity;
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
 * The environments fixture: {@code dev} is correct, {@code staging} and {@code prod} carry one
 * mistake per marked line ({@code # expect: ID}), {@code qa} is a file the loader rejects.
 */
class EnvironmentValidatorTest {

    static final Path DIR = Path.of("src/test/resources/environments/platform").toAbsolutePath();
    static final Map<String, String> PROPERTIES = Map.of("project.version", "1.4.0");
    static final Map<String, String> ENV = Map.of("DB_PASSWORD", "correct-horse-battery");

    private final LintServices services = new LintServices();
    private final EnvironmentLoader loader = new EnvironmentLoader(PROPERTIES, ENV);

    private Template main() {
        return services.parse(DIR.resolve("main.yaml")).template();
    }

    private List<Finding> validate(Optional<String> only) {
        return new EnvironmentValidator(services).validateAll(DIR, main(), only, loader);
    }

    @Test
    void everyMarkedLineGivesItsFindingAndNothingElse() throws IOException {
        List<Finding> findings = validate(Optional.empty());
        Set<String> expected = new TreeSet<>();
        for (String env : List.of("dev", "staging", "prod", "qa")) {
            Path file = DIR.resolve("environments").resolve(env + ".yaml");
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                int at = lines.get(i).indexOf("# expect: ");
                if (at >= 0) {
                    expected.add(env + ".yaml:" + (i + 1) + " " + lines.get(i).substring(at + 10).strip());
                }
            }
        }
        Set<String> actual = findings.stream()
                .map(f -> f.file().getFileName() + ":" + f.position().line() + " " + f.ruleId())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).isEqualTo(expected);
        assertThat(findings).allSatisfy(f -> assertThat(f.file()).startsWith(DIR.resolve("environments")));
        assertThat(findings).filteredOn(f -> f.file().endsWith("dev.yaml")).isEmpty();
    }

    @Test
    void messagesSayWhatIsWrongAndHowToFixIt() {
        Map<String, String> byLine = validate(Optional.of("staging")).stream()
                .collect(Collectors.toMap(f -> f.position().line() + " " + f.ruleId(), Finding::message, (a, b) -> a + " | " + b));
        assertThat(byLine.get("2 E9107")).contains("'1collab-staging'", "[a-zA-Z][-a-zA-Z0-9]*");
        assertThat(byLine.get("3 E9109")).contains("'us-west2'", "did you mean 'us-west-2'?");
        assertThat(byLine.get("4 E9102")).contains("DomainName", "no Default", "collab-infra.parameters.DomainName");
        assertThat(byLine.get("5 E9104")).contains("'stage'", "[dev, staging, prod]", "Did you mean 'staging'?");
        assertThat(byLine.get("6 E9105")).contains("'10.0.0.0'", "must be a CIDR block such as 10.0.0.0/16");
        assertThat(byLine.get("7 E9103")).contains("Type Number", "'lots' is not a number");
        assertThat(byLine.get("8 E9101")).contains("'DomainNme'", "did you mean 'DomainName'?");
        assertThat(byLine.get("9 E9111")).contains("Distribution", "cdn.yaml", "eu-west-1", "us-east-1");
        assertThat(byLine.get("10 E9106")).contains("DbPassword", "MinLength 12", "NoEcho value hidden").doesNotContain("tiny-pw", "7 characters");
        assertThat(byLine.get("11 E9103")).contains("AWS::EC2::Subnet::Id", "'vpc-0123456789abcdef0'");
        assertThat(byLine.get("12 E9110")).contains("'CAPABILITY_IAMS'", "did you mean 'CAPABILITY_IAM'?");
    }

    @Test
    void loadBalancerCertificateMustBeInTheEnvironmentsRegionThroughTheNestedStack() {
        Finding finding = validate(Optional.of("prod")).stream().filter(f -> f.ruleId().equals("E9111")).findFirst().orElseThrow();
        assertThat(finding.file().getFileName().toString()).isEqualTo("prod.yaml");
        assertThat(finding.position().line()).isEqualTo(9);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Load balancer 'Https' (app.yaml:", "us-east-1", "deploys to eu-west-1",
                "parameters.AlbCertificateArn");
    }

    @Test
    void aFileTheLoaderRejectsGivesOneFindingPerProblem() {
        List<Finding> qa = validate(Optional.of("qa"));
        assertThat(qa).extracting(Finding::ruleId).containsOnly("E9100");
        assertThat(qa).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("Unknown key 'regoin'", "did you mean 'region'?"))
                .anySatisfy(m -> assertThat(m).contains("'artifacts.bucket'", "-Dartifacts.bucket=VALUE"))
                .anySatisfy(m -> assertThat(m).contains("parameters.EnvironmentName must be a single value, not a mapping"));
    }

    @Test
    void envRestrictsValidationToOneEnvironment() {
        List<Finding> prod = validate(Optional.of("prod"));
        assertThat(prod).isNotEmpty().allSatisfy(f -> assertThat(f.file().getFileName().toString()).isEqualTo("prod.yaml"));
        assertThat(validate(Optional.of("dev"))).isEmpty();
    }

    @Test
    void unknownEnvironmentIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> validate(Optional.of("prd")))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Environment 'prd' is unknown")
                .hasMessageContaining("Did you mean 'prod'?")
                .hasMessageContaining("Known environments: dev, prod, qa, staging.");
    }

    @Test
    void tagLimitsRegionShapeAndCommandLineValues() {
        Environment.Builder b = Environment.builder("big").file(DIR.resolve("environments/big.yaml"));
        for (int i = 0; i < 51; i++) {
            b.tag("Key" + i, "v", null);
        }
        b.tag("Long", "x".repeat(257), null);
        b.region("xx-moon-1", Source.named("command line (collab-infra.region)"));
        b.parameter("EnvironmentName", "dev", null).parameter("DomainName", "example.com", null)
                .parameter("CertificateArn", "x", null).parameter("DbPassword", "long-enough-secret", null);
        List<Finding> findings = new EnvironmentValidator(services).validate(b.build(), main());
        assertThat(findings).extracting(Finding::ruleId).containsExactlyInAnyOrder("E9108", "E9108", "W9109");
        Finding region = findings.stream().filter(f -> f.ruleId().equals("W9109")).findFirst().orElseThrow();
        assertThat(region.severity()).isEqualTo(Severity.WARNING);
        assertThat(region.message()).contains("'xx-moon-1'", "(value from command line (collab-infra.region))");
        assertThat(findings).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("52 tags", "at most 50"))
                .anySatisfy(m -> assertThat(m).contains("Tag 'Long' value is 257 characters"));
    }

    @Test
    void aBadValueFromTheCommandLineIsReportedNamingTheProperty() throws IOException {
        Environment dev = loader.load(DIR, "dev");
        ResolvedEnvironment resolved = ResolvedEnvironment.resolve(dev, EnvironmentOverrides.fromProperties(
                EnvironmentOverrides.COMMAND_LINE, Map.of("collab-infra.parameters.DesiredCapacity", "99")),
                EnvironmentOverrides.none(EnvironmentOverrides.POM));
        List<Finding> findings = new EnvironmentValidator(services).validate(resolved.environment(), main());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("E9106");
            assertThat(f.file()).isEqualTo(DIR.resolve("environments/dev.yaml"));
            assertThat(f.position().line()).isEqualTo(1);
            assertThat(f.message()).contains("above its MaxValue 20", "(value from command line (-Dcollab-infra.parameters.DesiredCapacity))");
        });
    }

    @Test
    void missingParametersAreListedInTemplateOrder() {
        Environment partial = Environment.builder("partial").parameter("EnvironmentName", "dev", null).build();
        assertThat(EnvironmentValidator.missingParameters(partial, main())).containsExactly("DomainName", "CertificateArn", "DbPassword");
    }

    @Test
    void loadBalancerCertificateFromADefaultOrALiteralIsReportedAtTheRegionLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path template = Files.writeString(dir.resolve("alb.yaml"), """
                Parameters:
                  AlbCertificateArn:
                    Type: String
                    Default: arn:aws:acm:eu-west-1:123456789012:certificate/alb
                Resources:
                  ByDefault:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties:
                      Certificates: [{CertificateArn: !Ref AlbCertificateArn}]
                  Literal:
                    Type: AWS::ElasticLoadBalancingV2::ListenerCertificate
                    Properties:
                      Certificates:
                        - CertificateArn: arn:aws:acm:us-west-2:123456789012:certificate/right
                        - CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/wrong
                """);
        Files.createDirectories(dir.resolve("environments"));
        Files.writeString(dir.resolve("environments/west.yaml"), "stackName: west\nregion: us-west-2\n");
        List<Finding> findings = new EnvironmentValidator(services)
                .validateAll(dir, services.parse(template).template(), Optional.empty(), loader);
        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("E9111");
            assertThat(f.file()).isEqualTo(dir.resolve("environments/west.yaml"));
            assertThat(f.position().line()).isEqualTo(2);
            assertThat(f.message()).contains("deploys to us-west-2");
        });
        assertThat(findings).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("'ByDefault'", "eu-west-1", "(the Default of parameter 'AlbCertificateArn')"))
                .anySatisfy(m -> assertThat(m).contains("'Literal'", "certificate/wrong", "(written at alb.yaml:15)"));
    }
}
