package dev.collabinfra.lint.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.lint.LintServices;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each intrinsic function resolves to for one environment, and what stays unknown. */
class ResolvedDeploymentTest {

    @TempDir
    Path dir;

    static final String MAIN = """
            AWSTemplateFormatVersion: '2010-09-09'
            Parameters:
              Env: {Type: String}
              Names: {Type: CommaDelimitedList, Default: 'a,b,c'}
              Count: {Type: Number, Default: 3}
              FromSsm: {Type: 'AWS::SSM::Parameter::Value<String>', Default: /collab/value}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
              IsNotProd: !Not [!Condition IsProd]
              Both: !And [!Condition IsProd, !Equals [!Ref Count, '3']]
              Either: !Or [!Condition IsNotProd, !Equals [!Ref 'AWS::Region', cn-north-1]]
              Undecided: !Equals [!GetAtt Queue.Arn, x]
            Resources:
              Queue:
                Type: AWS::SQS::Queue
              Child:
                Type: AWS::CloudFormation::Stack
                Properties:
                  TemplateURL: child.yaml
                  Parameters:
                    Label: !Sub '${Env}-${AWS::Region}'
              Values:
                Type: AWS::SNS::Topic
                Properties:
                  Sub: !Sub 'arn:${AWS::Partition}:s3:::${Env}-${AWS::AccountId}-${!Literal}'
                  SubMap: !Sub ['${A}.${AWS::URLSuffix}', {A: !Select [1, !Ref Names]}]
                  Join: !Join ['/', [!Ref Env, !Select [0, !Split ['-', 'x-y-z']], !Ref 'AWS::StackName']]
                  Base64: !Base64 abc
                  Length: !Length [1, 2, 3]
                  Json: !ToJsonString {a: [x, !Ref Env]}
                  If: !If [IsProd, big, small]
                  Both: !If [Both, yes-both, no-both]
                  Either: !If [Either, yes-either, no-either]
                  Undecided: !If [Undecided, a, b]
                  Cidr6: !Select [1, !Cidr ['2001:db8::/56', 2, 64]]
                  Child: !GetAtt Child.Outputs.Greeting
                  ChildSub: !Sub '${Child.Outputs.Greeting}!'
                  Ssm: !Ref FromSsm
                  Arn: !GetAtt Queue.Arn
                  Import: !ImportValue shared
                  Gone: !Ref AWS::NoValue
                  Notify: !Select [0, !Ref AWS::NotificationARNs]
              OnlyInProd:
                Type: AWS::SNS::Topic
                Condition: IsProd
                Properties:
                  TopicName: prod-only
              MaybeThere:
                Type: AWS::SNS::Topic
                Condition: Undecided
                Properties:
                  TopicName: unknown
            """;

    static final String CHILD = """
            AWSTemplateFormatVersion: '2010-09-09'
            Parameters:
              Label: {Type: String}
            Resources:
              Topic:
                Type: AWS::SNS::Topic
                Properties:
                  DisplayName: !Ref Label
                  TopicName: !Sub '${AWS::StackName}-topic'
            Outputs:
              Greeting:
                Value: !Sub 'hello ${Label}'
            """;

    @Test
    void everyFunctionResolvesWithTheEnvironmentsValues() throws IOException {
        ResolvedDeployment d = resolve("prod", "eu-west-1");
        assertThat(text(d, "Sub")).isEqualTo("arn:aws:s3:::prod-123456789012-${Literal}");
        assertThat(text(d, "SubMap")).isEqualTo("b.amazonaws.com");
        assertThat(text(d, "Join")).isEqualTo("prod/x/collab-prod");
        assertThat(text(d, "Base64")).isEqualTo("YWJj");
        assertThat(text(d, "Length")).isEqualTo("3");
        assertThat(text(d, "Json")).isEqualTo("{\"a\":[\"x\",\"prod\"]}");
        assertThat(text(d, "If")).isEqualTo("big");
        assertThat(text(d, "Both")).isEqualTo("yes-both");
        assertThat(text(d, "Either")).isEqualTo("no-either");
        assertThat(text(d, "Cidr6")).isEqualTo("2001:db8:0:1::/64");
        assertThat(text(d, "Child")).isEqualTo("hello prod-eu-west-1");
        assertThat(text(d, "ChildSub")).isEqualTo("hello prod-eu-west-1!");
        assertThat(text(d, "Notify")).isEqualTo("arn:aws:sns:eu-west-1:123456789012:deploys");
        // the child's name is its parent's plus a random suffix; the parameter value came from the environment
        assertThat(value(d, "Topic", "TopicName")).isInstanceOf(Value.Unknown.class);
        assertThat(value(d, "Topic", "DisplayName").feeds()).extracting(Feed::what).containsExactly("parameters.Env", "region");
        assertThat(d.stacks()).extracting(ResolvedStack::label).containsExactly(null, "Child");
    }

    @Test
    void whatDependsOnTheDeploymentStaysUnknownAndIsNotAProblem() throws IOException {
        ResolvedDeployment d = resolve("prod", "eu-west-1");
        for (String unknown : List.of("Undecided", "Ssm", "Arn", "Import")) {
            assertThat(value(d, "Values", unknown)).as(unknown).isInstanceOf(Value.Unknown.class);
        }
        assertThat(d.properties()).noneMatch(p -> p.pathText().equals("Gone"));
        assertThat(d.problems()).isEmpty();
        // a resource whose condition cannot be decided is not walked
        assertThat(d.properties()).noneMatch(p -> p.logicalId().equals("MaybeThere"));
        assertThat(d.undecided()).isEqualTo(1);
    }

    @Test
    void conditionsFollowTheEnvironment() throws IOException {
        ResolvedDeployment dev = resolve("dev", "cn-north-1");
        assertThat(text(dev, "If")).isEqualTo("small");
        assertThat(text(dev, "Both")).isEqualTo("no-both");
        assertThat(text(dev, "Either")).isEqualTo("yes-either");
        assertThat(text(dev, "Sub")).startsWith("arn:aws-cn:s3:::dev-");
        assertThat(text(dev, "SubMap")).isEqualTo("b.amazonaws.com.cn");
        assertThat(dev.properties()).noneMatch(p -> p.logicalId().equals("OnlyInProd"));
        assertThat(dev.skippedByCondition()).isEqualTo(1);
    }

    @Test
    void theRoleArnsAccountReplacesThePlaceholder() throws IOException {
        Files.writeString(dir.resolve("main.yaml"), MAIN);
        Files.writeString(dir.resolve("child.yaml"), CHILD);
        LintServices services = new LintServices();
        Template main = services.parse(dir.resolve("main.yaml")).template();
        Path env = dir.resolve("prod.yaml");
        Deployment deployment = new Deployment("prod", env, "collab-prod", "eu-west-1", "444455556666", true,
                Map.of("Env", "prod"), List.of(), Map.of("roleArn", Feed.at("roleArn", env, new Position(4, 10))));
        ResolvedDeployment d = ResolvedDeployment.resolve(main, deployment, services, AvailabilityZones.bundled());
        assertThat(text(d, "Sub")).isEqualTo("arn:aws:s3:::prod-444455556666-${Literal}");
        assertThat(value(d, "Values", "Sub").feeds()).extracting(f -> f.describe(dir)).contains("roleArn at prod.yaml:4");
    }

    private ResolvedDeployment resolve(String env, String region) throws IOException {
        Files.writeString(dir.resolve("main.yaml"), MAIN);
        Files.writeString(dir.resolve("child.yaml"), CHILD);
        LintServices services = new LintServices();
        Template main = services.parse(dir.resolve("main.yaml")).template();
        Path file = dir.resolve(env + ".yaml");
        Deployment deployment = new Deployment(env, file, "collab-" + env, region, Deployment.PLACEHOLDER_ACCOUNT, false,
                Map.of("Env", env), List.of("arn:aws:sns:eu-west-1:123456789012:deploys"),
                Map.of("parameters.Env", Feed.at("parameters.Env", file, new Position(3, 3)),
                        "region", Feed.at("region", file, new Position(2, 1))));
        return ResolvedDeployment.resolve(main, deployment, services, AvailabilityZones.bundled());
    }

    private static String text(ResolvedDeployment d, String property) {
        Value v = value(d, "Values", property);
        assertThat(v).as(property).isInstanceOf(Value.Text.class);
        return ((Value.Text) v).text();
    }

    private static Value value(ResolvedDeployment d, String logicalId, String property) {
        return d.properties().stream().filter(p -> p.logicalId().equals(logicalId) && p.pathText().equals(property))
                .map(ResolvedProperty::value).findFirst().orElseThrow(() -> new AssertionError("no " + logicalId + "." + property));
    }
}
