package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.template.Severity;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The nested-stack fixture tree (src/test/resources/nested): main.yaml makes one mistake of every
 * kind across the parent/child boundary; the children hold a cycle and a child outside the
 * templates directory with its own mistake.
 */
class NestedStackTreeTest {

    private static Path app;
    private static Path shared;
    private static List<Finding> findings;
    private static LintServices services;

    @BeforeAll
    static void lintTree() throws URISyntaxException {
        app = Path.of(NestedStackTreeTest.class.getResource("/nested/app/main.yaml").toURI()).getParent();
        shared = app.resolveSibling("shared");
        services = new LintServices();
        // only the nested-stack family (E3043, E39xx, W39xx) and the unknown type planted in outside.yaml
        // (E3006): the fixtures are deliberately minimal, so
        // other rule families (unused parameters, security warnings) have things to say about them too
        findings = new Linter(Rules.all(), Set.of(), services).lintTree(List.of(app.resolve("main.yaml"))).stream()
                .filter(f -> f.ruleId().equals("E3043") || f.ruleId().equals("E3006") || f.ruleId().matches("[EW]39\\d\\d"))
                .collect(Collectors.toList());
    }

    @Test
    void missingRequiredChildParameterNamesChildFileAndLine() {
        assertThat(at("main.yaml", 19, "E3043").message())
                .contains("nested stack 'Network' does not pass 'VpcCidr'", "network.yaml:4:3", "without a Default");
    }

    @Test
    void unknownChildParameterSuggestsAndListsDeclaredOnes() {
        assertThat(at("main.yaml", 20, "E3043").message()).contains("'SubnetCider', which is not a parameter of network.yaml",
                "did you mean 'SubnetCidr'?", "declared parameters at network.yaml:3:1: VpcCidr, SubnetCidr, Environment, Zones");
    }

    @Test
    void parentAllowedValuesMustFitInsideTheChilds() {
        assertThat(at("main.yaml", 21, "E3903").message()).contains("'Env' (main.yaml:4:3)", "'Environment' (network.yaml:9:3)",
                "AllowedValues [dev, staging, prod]", "[qa] would be rejected");
    }

    @Test
    void listParameterPassedByRefMustBeJoined() {
        assertThat(at("main.yaml", 22, "E3905").message()).contains("'AvailabilityZones'", "List<AWS::EC2::AvailabilityZone::Name>",
                "!Join [\",\", !Ref AvailabilityZones]");
    }

    @Test
    void literalValuesAreCheckedAgainstTheChildDeclaration() {
        assertThat(at("main.yaml", 29, "E3902").message()).contains("'InstanceClass' (database.yaml:6:3)",
                "'db.t3.hugee' is not one of the AllowedValues [db.t3.micro, db.t3.small]");
        assertThat(at("main.yaml", 30, "E3902").message()).contains("(database.yaml:10:3)", "'5' is below the MinValue 20");
        assertThat(at("main.yaml", 31, "E3902").message()).contains("'1bad' does not match the AllowedPattern '[a-z][a-z0-9]*'");
        assertThat(at("main.yaml", 32, "E3902").message()).contains("'abc' is not a number (Type Number)");
    }

    @Test
    void unconstrainedParentParameterIsAWarning() {
        Finding f = at("main.yaml", 33, "W3904");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("'Owner' (main.yaml:7:3), which has no AllowedValues", "'Team' (database.yaml:23:3)",
                "[payments, search]");
    }

    @Test
    void parametersMustBeAMappingOfStrings() {
        assertThat(at("main.yaml", 34, "E3906").message()).contains("parameter 'Labels' of nested stack 'Database' is a list");
        assertThat(at("main.yaml", 35, "E3906").message()).contains("gets a list from Fn::Split");
        assertThat(at("main.yaml", 52, "E3906").message()).contains("Parameters of nested stack 'Shared' must be a mapping");
    }

    @Test
    void missingChildFileGivesResolvedPathAndSuggestion() {
        assertThat(at("main.yaml", 39, "E3900").message()).contains("TemplateURL 'databse.yaml' does not exist",
                app.resolve("databse.yaml").toString(), "did you mean 'database.yaml'?");
    }

    @Test
    void childOutputsAreChecked() {
        assertThat(at("main.yaml", 59, "E3907").message()).contains("network.yaml (nested stack 'Network') has no output 'VpcIdd'",
                "did you mean 'VpcId'?", "outputs declared at network.yaml:22:1: VpcId, NatGatewayId");
        assertThat(at("main.yaml", 61, "W3908").message()).contains("output 'NatGatewayId' (network.yaml:25:3)", "condition 'WithNat'");
    }

    @Test
    void cyclesAreReportedWithTheChainInEveryTemplateOfTheCycle() {
        assertThat(at("cycle/a.yaml", 6, "E3901").message()).contains("a.yaml -> b.yaml -> a.yaml");
        assertThat(at("cycle/b.yaml", 6, "E3901").message()).contains("b.yaml -> a.yaml -> b.yaml");
        assertThat(at("self.yaml", 6, "E3901").message()).contains("self.yaml -> self.yaml");
    }

    @Test
    void childOutsideTheDirectoryIsValidatedExactlyOnce() {
        List<Finding> outside = findings.stream().filter(f -> f.file().equals(shared.resolve("outside.yaml"))).collect(Collectors.toList());
        assertThat(outside).hasSize(1);
        assertThat(outside.get(0).ruleId()).isEqualTo("E3006");
        assertThat(outside.get(0).position().line()).isEqualTo(5);
        assertThat(services.discoveredTemplates()).contains(shared.resolve("outside.yaml"), app.resolve("network.yaml"),
                app.resolve("cycle/b.yaml"));
    }

    @Test
    void nothingElseIsReported() {
        // every finding is one of the deliberate mistakes above: no noise, no duplicates
        assertThat(findings).hasSize(19); // 15 in main.yaml, 3 cycle findings, 1 in outside.yaml
        assertThat(findings.stream().filter(f -> f.file().getFileName().toString().matches("network.yaml|database.yaml"))).isEmpty();
        assertThat(findings).noneMatch(f -> f.message().contains("Remote"));
    }

    private static Finding at(String file, int line, String ruleId) {
        Path path = app.resolve(file);
        List<Finding> matching = findings.stream()
                .filter(f -> f.file().equals(path) && f.position().line() == line && f.ruleId().equals(ruleId))
                .collect(Collectors.toList());
        assertThat(matching).as("%s at %s:%d among %s", ruleId, file, line, findings).hasSize(1);
        return matching.get(0);
    }
}
