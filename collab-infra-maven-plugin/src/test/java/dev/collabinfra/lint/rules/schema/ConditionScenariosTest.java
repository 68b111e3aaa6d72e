package dev.collabinfra.lint.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Linter;
import dev.collabinfra.lint.Rules;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-condition copies of a resource's properties that extension schemas are judged on, and
 * the extension fixtures' passing templates (the generic fixture test checks only the ids of
 * docs/rules.md on pass.yaml; these ids are in the README's registry table).
 */
class ConditionScenariosTest {

    private static MapNode properties(Template t, String logicalId) {
        return (MapNode) ((MapNode) t.resources().get(logicalId).orElseThrow()).get("Properties").orElseThrow();
    }

    private static Template parse(String yaml) {
        return new TemplateParser().parseText(Path.of("t.yaml"), yaml).templateIfParsed().orElseThrow();
    }

    private static String text(Node node) {
        if (node instanceof MapNode m) {
            return m.entries().stream().map(e -> e.key() + "=" + text(e.value())).collect(Collectors.joining(",", "{", "}"));
        }
        return node instanceof dev.collabinfra.template.ScalarNode s ? s.value() : node.toString();
    }

    @Test
    void oneCopyPerConditionValueWithNoValueRemoved() {
        Template t = parse("""
                Conditions:
                  C: !Equals [!Ref AWS::Region, us-east-1]
                Resources:
                  R:
                    Type: AWS::Route53::HealthCheck
                    Properties:
                      Type: !If [C, CLOUDWATCH_METRIC, HTTP]
                      Alarm: !If [C, !Ref AWS::NoValue, a]
                """);
        List<Node> copies = ConditionScenarios.of(t.conditions(), properties(t, "R"));
        assertThat(copies).extracting(ConditionScenariosTest::text)
                .containsExactly("{Type=HTTP,Alarm=a}", "{Type=CLOUDWATCH_METRIC}");
    }

    @Test
    void impossibleCombinationsAreLeftOut() {
        Template t = parse("""
                Parameters:
                  Env: {Type: String}
                Conditions:
                  Prod: !Equals [!Ref Env, prod]
                  Dev: !Equals [dev, !Ref Env]
                  NotProd: !Not [{Condition: Prod}]
                Resources:
                  R:
                    Type: AWS::S3::Bucket
                    Properties:
                      A: !If [Prod, p, x]
                      B: !If [Dev, d, y]
                      C: !If [NotProd, n, z]
                """);
        List<Node> copies = ConditionScenarios.of(t.conditions(), properties(t, "R"));
        // Prod and Dev never hold together; NotProd is always the opposite of Prod
        assertThat(copies).extracting(ConditionScenariosTest::text).containsExactlyInAnyOrder(
                "{A=x,B=y,C=n}", "{A=p,B=y,C=z}", "{A=x,B=d,C=n}");
    }

    @Test
    void withoutConditionsOrWithTooManyThePropertiesStayAsTheyAre() {
        Template plain = parse("Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      A: 1\n");
        MapNode p = properties(plain, "R");
        assertThat(ConditionScenarios.of(plain.conditions(), p)).containsExactly(p);
        StringBuilder many = new StringBuilder("Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n");
        for (int i = 0; i <= ConditionScenarios.MAX_CONDITIONS; i++) {
            many.append("      P").append(i).append(": !If [C").append(i).append(", a, b]\n");
        }
        Template t = parse(many.toString());
        assertThat(ConditionScenarios.of(t.conditions(), properties(t, "R"))).containsExactly(properties(t, "R"));
    }

    @ParameterizedTest(name = "{0} pass.yaml has no {0} finding and no error")
    @ValueSource(strings = {"E3025", "E3628", "E3638", "E3639", "E3661", "E3670", "E3691"})
    void extensionPassingFixtureIsClean(String id) throws IOException {
        Path file = Path.of("src/test/resources/lint", id, "pass.yaml");
        assertThat(Files.isRegularFile(file)).isTrue();
        List<Finding> findings = new Linter(Rules.all(), Set.of(), new LintServices()).lint(file).stream()
                .filter(f -> f.ruleId().equals(id) || f.severity() == dev.collabinfra.template.Severity.ERROR)
                .collect(Collectors.toList());
        assertThat(findings).extracting(f -> f.format(null)).isEmpty();
    }
}
