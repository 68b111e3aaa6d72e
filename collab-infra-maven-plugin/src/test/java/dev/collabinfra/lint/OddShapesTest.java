package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Templates of the wrong shape everywhere a rule looks: each gives the finding that names the
 * mistake (and no rule may throw, which would end the whole validation run).
 */
class OddShapesTest {

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = '|', value = {
        "Resources: ~|E1001",
        "Resources: {}|E1001",
        "Resources:\\n  A: !Ref X|E3001",
        "Resources:\\n  A:\\n    Type: [x]|E3001",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties: [x]|E3001",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    DependsOn: {Ref: B}|E3005",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !GetAtt []|E1010",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !GetAtt [!Ref A, Arn]|E1010",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !Sub []|E1019",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !Sub '${}'|E1019",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !If {}|E1028",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !FindInMap x|E1011",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !Select x|E1017",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !Join {a: b}|E1022",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !Cidr [a, b, c]|E1024",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !Ref ''|E1020",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !GetAZs [a]|E1015",
        "Resources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Properties:\\n      X: !Transform x|E1005",
        "Parameters:\\n  P: [x]\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic|E2001",
        "Parameters:\\n  P:\\n    Type: Number\\n    Default: abc\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic|E2015",
        "Parameters:\\n  P:\\n    Type: String\\n    AllowedValues: x\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic|E2001",
        "Outputs:\\n  O: x\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic|E6001",
        "Outputs:\\n  O:\\n    Value: x\\n    Export: [x]\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic|E6102",
        "Conditions:\\n  C: [x]\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic|E8001",
        "Conditions:\\n  C: !Equals x\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Condition: C|E8003",
        "Conditions:\\n  C: !And x\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic\\n    Condition: C|E8004",
        "Mappings:\\n  M: x\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic|E7001",
        "Mappings:\\n  M:\\n    a:\\n      b: !Ref X\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic|E7001",
        "Description: !Ref X\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic|E1004",
        "Transform: [!Ref X]\\nResources:\\n  A:\\n    Type: AWS::SNS::Topic|E1001",
    })
    void oddShapeGivesItsFinding(String yaml, String expectedId) {
        ParseResult parsed = new TemplateParser().parseText(Path.of("odd.yaml"), yaml.replace("\\n", "\n"));
        assertThat(parsed.template()).as("parsed").isNotNull();
        List<Finding> findings = new ArrayList<>();
        LintContext ctx = new LintContext(parsed.template(), new LintServices(), findings);
        for (Rule rule : Rules.all()) {
            ctx.setRule(rule);
            rule.check(ctx);
        }
        assertThat(findings).extracting(Finding::ruleId).contains(expectedId);
    }
}
