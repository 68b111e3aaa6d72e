package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared reference collector and Sub parser other rule authors build on. */
class ReferencesTest {

    @Test
    void collectsRefGetAttAndSubButNotSubMapVariablesOrLiterals() {
        Template template = new TemplateParser().parseText(Path.of("t.yaml"), """
                Resources:
                  A:
                    Type: AWS::SNS::Topic
                    Properties:
                      X: !Ref P
                      Y: !GetAtt B.Arn
                      Z: !GetAtt [C, !Ref Attr]
                      W: !Sub
                        - "${Local}-${D.Name}-${!Literal}-${AWS::Region}"
                        - Local: !Ref E
                """).template();
        List<References.Reference> refs = References.collect(template.resources().get("A").orElseThrow(), NodePath.ROOT);
        assertThat(refs).extracting(r -> r.kind() + ":" + r.target() + (r.attribute() == null ? "" : "." + r.attribute()))
                .containsExactly("REF:P", "GETATT:B.Arn", "GETATT:C", "REF:Attr", "REF:E", "SUB:D.Name", "SUB:AWS::Region");
    }

    @Test
    void subStringSkipsEscapesAndUnclosedBraces() {
        assertThat(SubString.variables("a ${X} ${!Y} ${Res.Attr.Deep} ${unclosed")).extracting(SubString.Variable::name)
                .containsExactly("X", "Res.Attr.Deep");
        assertThat(SubString.variables("${Res.Attr.Deep}").get(0).target()).isEqualTo("Res");
        assertThat(SubString.variables("${Res.Attr.Deep}").get(0).attribute()).isEqualTo("Attr.Deep");
    }

    @Test
    void subStringReadsOnAfterAnEscapeAsCloudFormationDoes() {
        // ${! writes a literal ${; the ${B} after it is still a variable
        assertThat(SubString.variables("${!A${B} ${} ${ C }")).extracting(SubString.Variable::name).containsExactly("B", "", " C ");
    }

    @Test
    void referencesCarryTheCallAndTheConditionsOfEnclosingIfs() {
        Template template = new TemplateParser().parseText(Path.of("t.yaml"), """
                Resources:
                  A:
                    Type: AWS::SNS::Topic
                    Properties:
                      X: !If [IsProd, !Ref P, !GetAtt B.Arn]
                      Y: !Sub "${ Spaced }-${}"
                """).template();
        List<References.Reference> refs = References.collect(template.resources().get("A").orElseThrow(), NodePath.ROOT);
        assertThat(refs).extracting(r -> r.spelled() + " " + r.conditions())
                .containsExactly("!Ref P [IsProd]", "!GetAtt B.Arn [!IsProd]", "${Spaced} []");
        assertThat(refs.get(0).call().keys()).containsExactly("Ref");
        assertThat(refs.get(0).path().toString()).isEqualTo("Properties/X/Fn::If/1/Ref");
    }

    @Test
    void walkerGivesPaths() {
        Template template = new TemplateParser().parseText(Path.of("t.yaml"),
                "Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      Tags:\n        - Key: k\n").template();
        List<String> paths = new java.util.ArrayList<>();
        TemplateWalker.walk(template.root(), (node, path) -> {
            paths.add(path.toString());
            return true;
        });
        assertThat(paths).contains("Resources/A/Properties/Tags/0/Key");
    }

    @Test
    void macrosAndLoopsMakeNamesTheLinterCannotSee() {
        TemplateParser parser = new TemplateParser();
        String resources = "Resources:\n  A:\n    Type: AWS::SNS::Topic\n";
        assertThat(new TemplateFacts(parser.parseText(Path.of("t.yaml"), resources).template()).namesMayBeGenerated()).isFalse();
        assertThat(new TemplateFacts(parser.parseText(Path.of("t.yaml"), "Transform: AWS::LanguageExtensions\n" + resources)
                .template()).namesMayBeGenerated()).isFalse();
        assertThat(new TemplateFacts(parser.parseText(Path.of("t.yaml"), "Transform: AWS::Serverless-2016-10-31\n" + resources)
                .template()).namesMayBeGenerated()).isTrue();
        TemplateFacts loop = new TemplateFacts(parser.parseText(Path.of("t.yaml"), "Transform: AWS::LanguageExtensions\n"
                + "Resources:\n  Fn::ForEach::Topics:\n    - Name\n    - [a, b]\n    - Topic${Name}:\n        Type: AWS::SNS::Topic\n")
                .template());
        assertThat(loop.forEachIdentifiers()).containsExactly("Name");
        assertThat(loop.namesMayBeGenerated()).isTrue();
    }
}
