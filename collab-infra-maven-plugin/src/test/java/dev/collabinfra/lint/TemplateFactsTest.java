package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where an {@code Fn::Transform} may declare names: existence checks (Ref, GetAtt, ${}, FindInMap,
 * DependsOn) stay quiet only for those; the unused-name rules stay quiet for any.
 */
class TemplateFactsTest {

    private static TemplateFacts facts(String yaml) {
        return new TemplateFacts(new TemplateParser().parseText(Path.of("t.yaml"), yaml.replace("\\n", "\n"))
                .templateIfParsed().orElseThrow());
    }

    @ParameterizedTest(name = "{0}: declared names may be generated = {1}")
    @CsvSource(delimiter = '|', value = {
        "in a property value|false|Resources:\\n  Q:\\n    Type: AWS::SQS::Queue\\n    Properties:\\n      RedrivePolicy:\\n"
                + "        Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://b/k.yaml}}",
        "in an output value|false|Resources:\\n  Q:\\n    Type: AWS::SQS::Queue\\nOutputs:\\n  O:\\n    Value:\\n"
                + "      Fn::Transform: {Name: Macro}",
        "directly in Resources|true|Resources:\\n  Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://b/k.yaml}}\\n"
                + "  Q:\\n    Type: AWS::SQS::Queue",
        "as a resource body|true|Resources:\\n  Q:\\n    Fn::Transform: {Name: Macro}",
        "at the top level|true|Fn::Transform: {Name: Macro}\\nResources:\\n  Q:\\n    Type: AWS::SQS::Queue",
        "deep in a mapping|true|Mappings:\\n  M:\\n    a:\\n      Fn::Transform: {Name: Macro}\\nResources:\\n"
                + "  Q:\\n    Type: AWS::SQS::Queue",
        "none|false|Resources:\\n  Q:\\n    Type: AWS::SQS::Queue",
    })
    void transformDeclaresNamesOnlyWhereItsOutputCanBeADeclaration(String where, boolean declared, String yaml) {
        TemplateFacts facts = facts(yaml);
        assertThat(facts.declaredNamesMayBeGenerated()).as(where).isEqualTo(declared);
        assertThat(facts.namesMayBeGenerated()).as("any Fn::Transform may use names: " + where).isEqualTo(!where.equals("none"));
    }
}
