package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which outputs are built from a NoEcho parameter, read from real template text. */
class SecretOutputsTest {

    private static Template parse(String text) {
        return new TemplateParser().parseText(Path.of("t.yaml"), text).templateIfParsed().orElseThrow();
    }

    @Test
    void everyWayOfBuildingAnOutputFromANoEchoParameterIsFound() {
        Template template = parse("""
                Parameters:
                  DbPassword: {Type: String, NoEcho: true}
                  Env: {Type: String}
                Conditions:
                  Prod: !Equals [!Ref Env, prod]
                Resources:
                  Topic: {Type: AWS::SNS::Topic}
                Outputs:
                  ByRef: {Value: !Ref DbPassword}
                  BySub: {Value: !Sub "pw=${DbPassword}"}
                  BySubVariable:
                    Value: !Sub ["pw=${Pw}", {Pw: !Ref DbPassword}]
                  ByJoin: {Value: !Join ["", ["pw=", !Ref DbPassword]]}
                  ByIf: {Value: !If [Prod, !Ref DbPassword, none]}
                  BySelect: {Value: !Select [0, [!Ref DbPassword, b]]}
                  ByBase64: {Value: !Base64 {"Fn::Join": [":", [user, {Ref: DbPassword}]]}}
                  LongForm: {Value: {"Fn::Sub": "${DbPassword}-x"}}
                  Plain: {Value: !Sub "${Env}-${Topic}"}
                  Escaped: {Value: !Sub "${!DbPassword}"}
                  Shadowed: {Value: !Sub ["${DbPassword}", {DbPassword: literal}]}
                  TopicArn: {Value: !Ref Topic}
                """);

        SecretOutputs.Found found = SecretOutputs.of(template, SecretOutputs.NestedTemplates.NONE);

        assertThat(found.keys()).containsExactlyInAnyOrder("ByRef", "BySub", "BySubVariable", "ByJoin", "ByIf", "BySelect", "ByBase64",
                "LongForm");
        assertThat(found.all()).isFalse();
        assertThat(found.contains("Plain")).isFalse();
    }

    @Test
    void aNestedOutputBuiltFromASecretThePassesInIsSecretInTheParentToo() {
        Template main = parse("""
                Parameters:
                  DbPassword: {Type: String, NoEcho: true}
                Resources:
                  Db:
                    Type: AWS::CloudFormation::Stack
                    Properties:
                      TemplateURL: https://example.com/db.yaml
                      Parameters:
                        Password: !Ref DbPassword
                        Name: orders
                  Vault:
                    Type: AWS::CloudFormation::Stack
                    Properties:
                      TemplateURL: https://example.com/vault.yaml
                Outputs:
                  Connection: {Value: !GetAtt Db.Outputs.Connection}
                  ConnectionInSub: {Value: !Sub "${Db.Outputs.Connection}/x"}
                  ConnectionListForm: {Value: !GetAtt [Db, Outputs.Connection]}
                  DbName: {Value: !GetAtt Db.Outputs.Name}
                  VaultToken: {Value: !GetAtt Vault.Outputs.Token}
                  VaultUrl: {Value: !GetAtt Vault.Outputs.Url}
                """);
        // Password is not NoEcho in the nested template: the parent's secret value makes it one.
        Template db = parse("""
                Parameters:
                  Password: {Type: String}
                  Name: {Type: String}
                Resources:
                  Queue: {Type: AWS::SQS::Queue}
                Outputs:
                  Connection: {Value: !Sub "postgres://app:${Password}@db/${Name}"}
                  Name: {Value: !Ref Name}
                """);
        // A NoEcho parameter of the nested template itself, with its default.
        Template vault = parse("""
                Parameters:
                  Token: {Type: String, NoEcho: true, Default: t0ken}
                Resources:
                  Queue: {Type: AWS::SQS::Queue}
                Outputs:
                  Token: {Value: !Ref Token}
                  Url: {Value: !Ref Queue}
                """);
        Map<List<String>, Template> nested = Map.of(List.of("Db"), db, List.of("Vault"), vault);
        List<List<String>> asked = new ArrayList<>();

        SecretOutputs.Found found = SecretOutputs.of(main, path -> {
            asked.add(path);
            return Optional.ofNullable(nested.get(path));
        });

        assertThat(found.keys()).containsExactlyInAnyOrder("Connection", "ConnectionInSub", "ConnectionListForm", "VaultToken");
        assertThat(asked).as("each nested template is read once").containsExactlyInAnyOrder(List.of("Db"), List.of("Vault"));
    }

    @Test
    void aNestedOutputThatCannotBeCheckedCountsAsSecret() {
        Template main = parse("""
                Resources:
                  Unreadable:
                    Type: AWS::CloudFormation::Stack
                    Properties: {TemplateURL: https://example.com/gone.yaml}
                  Queue: {Type: AWS::SQS::Queue}
                Outputs:
                  FromUnreadable: {Value: !GetAtt Unreadable.Outputs.Anything}
                  QueueArn: {Value: !GetAtt Queue.Arn}
                """);

        assertThat(SecretOutputs.of(main, SecretOutputs.NestedTemplates.NONE).keys()).containsExactly("FromUnreadable");
    }

    @Test
    void nestedStacksAreFollowedFiveLevelsDownAndDeeperCountsAsSecret() {
        assertThat(chainOfNestedStacks(5).keys()).as("5 levels below main: followed to the plain value").isEmpty();
        assertThat(chainOfNestedStacks(6).keys()).as("6 levels: past the bound the output is masked").containsExactly("Deep");
    }

    /** Main, then {@code depth} nested stacks passing their child's output up; the deepest one's output is plain text. */
    private static SecretOutputs.Found chainOfNestedStacks(int depth) {
        String passUp = """
                Resources:
                  Child:
                    Type: AWS::CloudFormation::Stack
                    Properties: {TemplateURL: https://example.com/next.yaml}
                Outputs:
                  Deep: {Value: !GetAtt Child.Outputs.Deep}
                """;
        Map<List<String>, Template> nested = new HashMap<>();
        List<String> path = new ArrayList<>();
        for (int level = 1; level <= depth; level++) {
            path.add("Child");
            nested.put(List.copyOf(path), parse(level < depth ? passUp : """
                    Resources:
                      Queue: {Type: AWS::SQS::Queue}
                    Outputs:
                      Deep: {Value: plain}
                    """));
        }
        return SecretOutputs.of(parse(passUp), p -> Optional.ofNullable(nested.get(p)));
    }

    @Test
    void aMaskerMasksSecretOutputsWholeAndReplacesKnownValuesInTheOthers() {
        SecretMasker masker = new SecretMasker(java.util.Set.of("DbPassword"), Map.of("DbPassword", "s3cr3t-value"))
                .withSecretOutputs(new SecretOutputs.Found(java.util.Set.of("Echoed"), false));

        assertThat(masker.outputValue("Echoed", "pw=anything")).isEqualTo("****");
        assertThat(masker.outputValue("Other", "x-s3cr3t-value")).isEqualTo("x-****");
        assertThat(masker.outputValue("Url", "https://a")).isEqualTo("https://a");
        assertThat(SecretMasker.none().withSecretOutputs(SecretOutputs.Found.ALL).outputValue("Url", "https://a")).isEqualTo("****");
    }
}
