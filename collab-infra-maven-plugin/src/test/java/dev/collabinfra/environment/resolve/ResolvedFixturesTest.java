package dev.collabinfra.environment.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.EnvironmentCheck;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.environment.ResolvedEnvironment;
import dev.collabinfra.lint.FailOn;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Rules;
import dev.collabinfra.lint.ValidationRequest;
import dev.collabinfra.lint.ValidationResult;
import dev.collabinfra.lint.Validator;
import dev.collabinfra.lint.resolve.AvailabilityZones;
import dev.collabinfra.lint.rules.environment.EnvironmentRule;
import dev.collabinfra.lint.rules.environment.EnvironmentRules;
import dev.collabinfra.lint.rules.environment.ResolvedFindings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validate on one fixture project per kind of finding: the exact messages, the template line that
 * builds the value (the finding's place) and the environment line that feeds it (in the message).
 */
class ResolvedFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/environments/resolved").toAbsolutePath();

    @TempDir
    Path reports;

    @Test
    void aBucketNameThatBreaksS3sRulesOnlyWithProdsStackName() {
        // ScratchBucket would break too, but prod leaves it out; QueueBucket's name is unknown before deploy
        assertThat(validate("bucket-name", Optional.empty())).containsExactly(
                "main.yaml:15:19: ERROR E9120 Environment 'prod': BucketName of AssetsBucket resolves to 'Collab-Prod-prod-assets',"
                        + " which AWS::S3::Bucket rejects: a bucket name takes only lower-case letters, digits, dots and hyphens,"
                        + " not 'C'; from stackName at environments/prod.yaml:1, parameters.EnvironmentName at environments/prod.yaml:4");
    }

    @Test
    void theRegistrySchemasJudgeResolvedValuesTooEnumsPerEnvironment() {
        // prod's versioning status is not one S3 knows, dev's retention is not one of CloudWatch Logs'
        // values; no template rule sees either: the parameters have no AllowedValues and no Default
        assertThat(validate("schema-enum", Optional.empty())).containsExactly(
                "main.yaml:17:17: ERROR E9120 Environment 'prod': VersioningConfiguration.Status of UploadBucket resolves to 'On',"
                        + " which AWS::S3::Bucket rejects: AWS::S3::Bucket.VersioningConfiguration.Status 'On' is not one of Enabled,"
                        + " Suspended; from parameters.UploadVersioning at environments/prod.yaml:5",
                "main.yaml:31:24: ERROR E9120 Environment 'dev': RetentionInDays of UploadLogs resolves to '45', which"
                        + " AWS::Logs::LogGroup rejects: AWS::Logs::LogGroup.RetentionInDays '45' is not one of 1, 3, 5, 7, 14, 30, 60,"
                        + " 90, 120, 150, 180, 365, ... (10 more); did you mean '5'?; from parameters.LogRetentionDays at"
                        + " environments/dev.yaml:6");
    }

    @Test
    void aFunctionNameOver64CharactersOnlyInStaging() {
        assertThat(validate("function-name", Optional.empty())).containsExactly(
                "main.yaml:20:21: ERROR E9120 Environment 'staging': FunctionName of Dispatcher resolves to"
                        + " 'staging-customer-acceptance-eu-collaboration-notification-dispatcher', which AWS::Lambda::Function"
                        + " rejects: a Lambda function name has at most 64 characters, this one has 68;"
                        + " from parameters.EnvironmentName at environments/staging.yaml:4");
    }

    @Test
    void aThirdZoneInARegionWithTwo() {
        assertThat(validate("zones", Optional.empty())).containsExactly(
                "main.yaml:18:25: ERROR E9122 Environment 'dev': Fn::Select index 2 is past the end of the 2 availability zones"
                        + " Fn::GetAZs returns in us-west-1 (us-west-1a, us-west-1c); indexes start at 0, so CloudFormation fails the"
                        + " stack: use a region with more zones, or take the zone from a parameter; from region at environments/dev.yaml:2");
    }

    @Test
    void aNestedParameterTheChildsPatternRejectsAfterAJoin() {
        assertThat(validate("nested-pattern", Optional.empty())).containsExactly(
                "main.yaml:15:20: ERROR E9121 Environment 'prod': nested stack QueueStack gets parameter QueueName ="
                        + " 'Payments-prod-events', which the child rejects: 'Payments-prod-events' does not match the AllowedPattern"
                        + " '^[a-z][a-z0-9-]{0,79}$' (declared at queue.yaml:5); from parameters.Team at environments/prod.yaml:4,"
                        + " parameters.EnvironmentName at environments/prod.yaml:5");
    }

    @Test
    void anExportNameTwoEnvironmentsClaimInOneAccountAndRegion() {
        // dev exports the same name in us-west-2: no collision there
        assertThat(validate("export-collision", Optional.empty())).containsExactly(
                "main.yaml:15:13: ERROR E9124 Export name 'collab-vpc-id' is claimed by environments prod and staging in account"
                        + " 123456789012 (a placeholder: the environment sets no roleArn), region us-east-1: output VpcId (main.yaml)"
                        + " in environment prod (environments/prod.yaml); output VpcId (main.yaml) in environment staging"
                        + " (environments/staging.yaml). Export names are unique per account and region, so the second deployment"
                        + " fails: put ${AWS::StackName} or ${EnvironmentName} into the name (if these environments deploy to"
                        + " different accounts, set roleArn in each environment file so validate knows); from parameters.ProjectName at"
                        + " environments/prod.yaml:4, parameters.ProjectName at environments/staging.yaml:4");
        // one environment alone collides with nothing
        assertThat(validate("export-collision", Optional.of("prod"))).isEmpty();
    }

    @Test
    void literalPhysicalNamesTwoEnvironmentsWouldCreate() {
        // the bucket collides across accounts and regions; the table only where prod and staging share account 222222222222
        assertThat(validate("name-collision", Optional.empty())).containsExactly(
                "main.yaml:9:19: ERROR E9125 AWS::S3::Bucket BucketName 'collab-shared-assets' is created by environments dev, prod"
                        + " and staging in partition aws (bucket names are global: every account shares them): resource SharedBucket"
                        + " (main.yaml) in environment dev (environments/dev.yaml); resource SharedBucket (main.yaml) in environment"
                        + " prod (environments/prod.yaml); resource SharedBucket (main.yaml) in environment staging"
                        + " (environments/staging.yaml). The second deployment fails because the name is taken: put ${AWS::StackName}"
                        + " or ${EnvironmentName} into the name, or leave the property out and let CloudFormation generate one",
                "main.yaml:13:18: ERROR E9125 AWS::DynamoDB::Table TableName 'collab-sessions' is created by environments prod and"
                        + " staging in account 222222222222, region us-east-1: resource Sessions (main.yaml) in environment prod"
                        + " (environments/prod.yaml); resource Sessions (main.yaml) in environment staging (environments/staging.yaml)."
                        + " The second deployment fails because the name is taken: put ${AWS::StackName} or ${EnvironmentName} into"
                        + " the name, or leave the property out and let CloudFormation generate one");
    }

    @Test
    void aMappingKeyAndACidrThatFailOnlyForQa() {
        assertThat(validate("mapping-and-cidr", Optional.empty())).containsExactly(
                "main.yaml:21:30: ERROR E9122 Environment 'qa': Fn::Cidr cannot split the block: subnets of 12 host bits (/20) are"
                        + " larger than the block 10.2.0.0/24; from parameters.VpcCidr at environments/qa.yaml:5",
                "main.yaml:26:23: ERROR E9122 Environment 'qa': Fn::FindInMap finds no key 'qa' in mapping 'Sizing' (keys: dev, prod),"
                        + " so CloudFormation fails the stack; add the key to the mapping or give Fn::FindInMap a DefaultValue"
                        + " (AWS::LanguageExtensions); from parameters.EnvironmentName at environments/qa.yaml:4");
    }

    @Test
    void aNoEchoValueIsNeverShown() {
        List<String> findings = validate("noecho", Optional.empty());
        assertThat(findings).containsExactly(
                "main.yaml:11:19: ERROR E9120 Environment 'prod': BucketName of Bucket resolves to (NoEcho value hidden), which"
                        + " AWS::S3::Bucket rejects: its rules (details hidden with the NoEcho value); from parameters.Suffix at"
                        + " environments/prod.yaml:4, parameter Suffix (NoEcho)");
        assertThat(String.join("\n", findings)).doesNotContain("Hunter2", "Secret");
    }

    @Test
    void aNestedParameterOverCloudFormationsSizeLimit() {
        assertThat(validate("parameter-size", Optional.empty())).containsExactly(
                "main.yaml:12:16: ERROR E9123 Environment 'prod': nested stack Rules gets parameter Cidrs of 4419 bytes;"
                        + " CloudFormation accepts parameter values of at most 4096 bytes: pass less (an SSM parameter or an S3 object);"
                        + " from parameters.AllowedCidrs at environments/prod.yaml:4");
    }

    @Test
    void ignoreChecksOnAResourceSilencesItsResolvedFindings() {
        assertThat(validate("suppressed", Optional.empty())).singleElement().asString()
                .startsWith("main.yaml:18:19: ERROR E9120 Environment 'prod': BucketName of LogsBucket resolves to 'Collab-Prod-logs'");
    }

    @Test
    void propertyTypesFromTheSpecification() {
        assertThat(validate("property-type", Optional.empty())).containsExactly(
                "main.yaml:12:24: ERROR E9120 Environment 'prod': RetentionInDays of Logs resolves to 'ninety', which"
                        + " AWS::Logs::LogGroup rejects: the property takes a whole number (Integer in the resource specification);"
                        + " from parameters.RetentionDays at environments/prod.yaml:4",
                "main.yaml:17:25: ERROR E9120 Environment 'prod': EnableDnsSupport of Vpc resolves to 'enabled', which"
                        + " AWS::EC2::VPC rejects: the property takes true or false (Boolean in the resource specification);"
                        + " from parameters.DnsSupport at environments/prod.yaml:5");
    }

    @Test
    void aMergedEnvironmentNamesTheCommandLineThatFedTheValue() {
        // given: dev's file is fine, the command line gives it prod's kind of stack name
        Path project = FIXTURES.resolve("bucket-name");
        LintServices services = new LintServices();
        dev.collabinfra.template.Template main = services.parse(project.resolve("main.yaml")).template();
        Environment merged = ResolvedEnvironment.resolve(ResolvedExampleTest.loader().load(project, "dev"),
                EnvironmentOverrides.fromProperties(EnvironmentOverrides.COMMAND_LINE, java.util.Map.of("collab-infra.stackName", "Collab-Dev")),
                EnvironmentOverrides.none(EnvironmentOverrides.POM)).environment();
        // when
        List<Finding> findings = new ResolvedEnvironments().check(main, List.of(merged), services, project, Set.of(),
                ProgressListener.silent());
        // then
        assertThat(findings).extracting(f -> f.format(project)).containsExactly(
                "main.yaml:15:19: ERROR E9120 Environment 'dev': BucketName of AssetsBucket resolves to 'Collab-Dev-dev-assets', which"
                        + " AWS::S3::Bucket rejects: a bucket name takes only lower-case letters, digits, dots and hyphens, not 'C';"
                        + " from -Dcollab-infra.stackName, parameters.EnvironmentName at"
                        + " environments/dev.yaml:4",
                "main.yaml:21:19: ERROR E9120 Environment 'dev': BucketName of ScratchBucket resolves to 'Collab-Dev-scratch', which"
                        + " AWS::S3::Bucket rejects: a bucket name takes only lower-case letters, digits, dots and hyphens, not 'C';"
                        + " from -Dcollab-infra.stackName");
    }

    @Test
    void aRuleThatBreaksIsReportedAndTheOthersStillRun() {
        // given: a rule with a bug beside the real ones
        Path project = FIXTURES.resolve("bucket-name");
        LintServices services = new LintServices();
        dev.collabinfra.template.Template main = services.parse(project.resolve("main.yaml")).template();
        EnvironmentRule broken = new EnvironmentRule() {
            @Override
            public String id() {
                return "E9129";
            }

            @Override
            public String description() {
                return "broken";
            }

            @Override
            public void check(dev.collabinfra.lint.resolve.ResolvedDeployment deployment, ResolvedFindings out) {
                throw new IllegalStateException("boom");
            }
        };
        List<EnvironmentRule> rules = new java.util.ArrayList<>(EnvironmentRules.all());
        rules.add(0, broken);
        // when
        List<Finding> findings = new ResolvedEnvironments(rules, AvailabilityZones.bundled()).check(project, main,
                List.of("dev", "prod"), ResolvedExampleTest.loader(), services, project, Set.of(), ProgressListener.silent());
        // then
        assertThat(findings).extracting(Finding::ruleId).containsExactly("E9120", "E0002");
        assertThat(findings.get(1).message()).startsWith("Rule E9129 failed on the resolved environments"
                + " (java.lang.IllegalStateException: boom); this is a bug in collab-infra");
    }

    @Test
    void ignoringEveryEnvironmentRuleTurnsResolutionOff() {
        // given
        Path project = FIXTURES.resolve("bucket-name");
        LintServices services = new LintServices();
        dev.collabinfra.template.Template main = services.parse(project.resolve("main.yaml")).template();
        List<String> progress = new java.util.ArrayList<>();
        ResolvedEnvironments resolved = new ResolvedEnvironments();
        // when
        List<Finding> off = resolved.check(project, main, List.of("dev", "prod"), ResolvedExampleTest.loader(), services, project,
                Set.of("E912"), ResolvedExampleTest.recording(progress));
        List<Finding> on = resolved.check(project, main, List.of("dev", "prod"), ResolvedExampleTest.loader(), services, project,
                Set.of("E9121"), ResolvedExampleTest.recording(progress));
        // then
        assertThat(off).isEmpty();
        assertThat(progress.get(0)).isEqualTo("Resolved validation skipped: every environment rule is ignored");
        assertThat(on).extracting(Finding::ruleId).containsExactly("E9120");
    }

    /** The E912x findings of validate on a fixture, formatted as the build prints them. */
    List<String> validate(String fixture, Optional<String> env) {
        Path project = FIXTURES.resolve(fixture);
        EnvironmentCheck environments = new EnvironmentCheck(null, env, ResolvedExampleTest.loader());
        ValidationRequest request = new ValidationRequest(project, project, false, Set.of(), FailOn.ERROR, reports, "test");
        ValidationResult result = new Validator(Rules.all(), List.of(environments), LintServices::new, ProgressListener.silent())
                .validate(request);
        return result.findings().stream().filter(f -> f.ruleId().startsWith("E912")).map(f -> f.format(project)).toList();
    }
}
