package dev.collabinfra.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.regions.Lines;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.LocalS3;
import dev.collabinfra.testendpoint.RecordedCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * {@code status}, {@code outputs} and {@code delete} of a three-region environment against the local
 * endpoint over HTTP with the real SDK: the regions are worked on at once (their calls overlap in
 * time), every line names its region, throttling in one region is retried, and a region that fails
 * (its connections dropped, its stack missing, its stack refusing to be deleted) is reported with
 * its reason while the other regions finish.
 */
@ExtendWith(LocalEndpointExtension.class)
class RegionalStackGoalsAgainstLocalEndpointTest {

    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-south-1");

    static final String MAIN = """
            AWSTemplateFormatVersion: '2010-09-09'
            Conditions:
              InEu: !Equals [!Ref "AWS::Region", eu-west-1]
            Resources:
              Topic:
                Type: AWS::SNS::Topic
              Stuck:
                Type: AWS::SQS::Queue
                Condition: InEu
                Metadata:
                  LocalEndpoint:
                    FailOn: DELETE
                    Reason: "Queue is in use by a subscription"
            Outputs:
              Where:
                Value: !Ref "AWS::Region"
            """;

    @TempDir
    Path dir;

    final Lines log = new Lines();

    @BeforeEach
    void project() throws IOException {
        write("src/main/cloudformation/main.yaml", MAIN);
        write("src/main/cloudformation/environments/global.yaml", """
                stackName: shop-global
                regions: [us-east-1, eu-west-1, ap-south-1]
                bucket: shop-artifacts-${region}
                """);
    }

    @Test
    void statusLooksAtEveryRegionAtOnceAndOneRegionFailingDoesNotHideTheOthers(LocalCloudFormation cfn) throws Exception {
        create(cfn, REGIONS);
        cfn.reset();
        REGIONS.forEach(r -> cfn.faults(r).latency(Duration.ofMillis(250)));
        cfn.faults("eu-west-1").throttleEveryNth(2);
        cfn.faults("ap-south-1").dropNext("DescribeStacks", 50);

        assertThatThrownBy(() -> new StackGoals(context()).status(settings(cfn)))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("Status failed in 1 of 3 region(s) (done in us-east-1, eu-west-1):")
                .hasMessageContaining("[ap-south-1] ");

        // Every region's report is there, each line with its region.
        assertThat(log.all()).contains("INFO [us-east-1] Stack shop-global: CREATE_COMPLETE, termination protection off",
                "INFO [eu-west-1] Stack shop-global: CREATE_COMPLETE, termination protection off",
                "INFO Status of 3 region(s):", "INFO   us-east-1: CREATE_COMPLETE", "INFO   eu-west-1: CREATE_COMPLETE");
        assertThat(log.all()).anySatisfy(l -> assertThat(l).startsWith("ERROR [ap-south-1] "));
        assertThat(log.all()).anySatisfy(l -> assertThat(l).startsWith("INFO   ap-south-1: FAILED: "));
        assertThat(log.all()).anySatisfy(l -> assertThat(l).startsWith("INFO [eu-west-1] ").contains("Where").contains("eu-west-1"));
        // Throttled in eu-west-1 and retried there.
        assertThat(cfn.recordedCalls()).filteredOn(c -> "Throttling".equals(c.errorCode())).extracting(RecordedCall::region)
                .containsOnly("eu-west-1");
        assertOverlap(cfn.recordedCalls(), REGIONS);
    }

    @Test
    void outputsAreWrittenForEveryRegionThatHasItsStackAndTheMissingOneIsNamed(LocalCloudFormation cfn) throws Exception {
        create(cfn, List.of("us-east-1", "eu-west-1"));
        cfn.reset();
        // Two calls a region: a long latency, so that a slow start of one region's clients does not look sequential.
        REGIONS.forEach(r -> cfn.faults(r).latency(Duration.ofMillis(800)));
        cfn.faults("us-east-1").throttleEveryNth(2);

        assertThatThrownBy(() -> new StackGoals(context()).outputs(settings(cfn)))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("Outputs failed in 1 of 3 region(s) (done in us-east-1, eu-west-1):")
                .hasMessageContaining("[ap-south-1] Stack shop-global does not exist in ap-south-1");
        Path out = dir.resolve("target/collab-infra/global");
        assertThat(out.resolve("outputs.us-east-1.json")).content().contains("\"Where\" : \"us-east-1\"");
        assertThat(out.resolve("outputs.eu-west-1.json")).content().contains("\"Where\" : \"eu-west-1\"");
        assertThat(out.resolve("outputs.ap-south-1.json")).doesNotExist();
        assertThat(log.all()).contains("INFO   us-east-1: 1 output(s)", "INFO   eu-west-1: 1 output(s)");
        assertThat(cfn.recordedCalls()).filteredOn(c -> "Throttling".equals(c.errorCode())).isNotEmpty();
        assertOverlap(cfn.recordedCalls(), REGIONS);
    }

    @Test
    void deleteNeedsTheConfirmationOnceThenDeletesEveryRegionAtOnceAndNamesTheOneThatFailed(LocalCloudFormation cfn) throws Exception {
        create(cfn, REGIONS);
        new StackGoals(context()).outputs(settings(cfn));
        cfn.reset();
        assertThatThrownBy(() -> new StackGoals(context()).delete(settings(cfn), "shop"))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("in 3 region(s) (us-east-1, eu-west-1, ap-south-1")
                .hasMessageContaining("-Dcollab-infra.confirm=shop-global (confirm was 'shop')");
        assertThat(cfn.recordedCalls()).isEmpty(); // refused before any region was touched

        REGIONS.forEach(r -> cfn.faults(r).latency(Duration.ofMillis(150)));
        cfn.faults("ap-south-1").throttleEveryNth(3);
        assertThatThrownBy(() -> new StackGoals(context()).delete(settings(cfn), "shop-global"))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("Delete failed in 1 of 3 region(s) (done in us-east-1, ap-south-1):")
                .hasMessageContaining("[eu-west-1] Stack shop-global could not be deleted (DELETE_FAILED)");
        assertThat(stack(cfn, "us-east-1")).isEmpty();
        assertThat(stack(cfn, "ap-south-1")).isEmpty();
        assertThat(stack(cfn, "eu-west-1")).get().extracting(Stack::stackStatusAsString).isEqualTo("DELETE_FAILED");
        assertThat(log.all()).anySatisfy(l -> assertThat(l).startsWith("ERROR [eu-west-1] ").contains("Queue is in use by a subscription"));
        Path out = dir.resolve("target/collab-infra/global");
        assertThat(out.resolve("outputs.us-east-1.json")).doesNotExist();
        assertThat(out.resolve("outputs.eu-west-1.json")).exists(); // its stack is still there
        assertOverlap(cfn.recordedCalls(), REGIONS);
    }

    /**
     * The regions were worked on at once: every region's first call came before the last call of any
     * region that made more than one (one after the other, a region would start only after the
     * previous one's last call).
     */
    static void assertOverlap(List<RecordedCall> calls, List<String> regions) {
        Instant latestFirst = regions.stream().map(r -> calls.stream().filter(c -> r.equals(c.region())).map(RecordedCall::received)
                .min(Instant::compareTo).orElseThrow()).max(Instant::compareTo).orElseThrow();
        Instant earliestLast = regions.stream().filter(r -> calls.stream().filter(c -> r.equals(c.region())).count() > 1)
                .map(r -> calls.stream().filter(c -> r.equals(c.region())).map(RecordedCall::received)
                .max(Instant::compareTo).orElseThrow()).min(Instant::compareTo).orElseThrow();
        assertThat(latestFirst).as("every region started before any region made its last call").isBefore(earliestLast);
    }

    private static void create(LocalCloudFormation cfn, List<String> regions) throws InterruptedException {
        for (String region : regions) {
            try (AwsClients c = clients(cfn, region)) {
                c.cloudFormation().createStack(r -> r.stackName("shop-global").templateBody(MAIN));
            }
        }
        for (String region : regions) {
            for (int i = 0; i < 200 && !stack(cfn, region).map(s -> s.stackStatusAsString().equals("CREATE_COMPLETE")).orElse(false); i++) {
                Thread.sleep(25);
            }
            assertThat(stack(cfn, region)).get().extracting(Stack::stackStatusAsString).isEqualTo("CREATE_COMPLETE");
        }
    }

    private static AwsClients clients(LocalCloudFormation cfn, String region) {
        return new AwsClients(new AwsSettings(region, cfn.endpoint(), null, "k", "s", null));
    }

    private static Optional<Stack> stack(LocalCloudFormation cfn, String region) {
        try (AwsClients c = clients(cfn, region)) {
            return c.cloudFormation().describeStacks().stacks().stream().filter(s -> s.stackName().equals("shop-global")).findFirst();
        }
    }

    private StackGoalSettings settings(LocalCloudFormation cfn) {
        Project project = new Project(dir, dir.resolve("target"), "shop.example", "shop", "1.0", "test");
        Path templates = dir.resolve("src/main/cloudformation");
        Sources sources = new Sources(templates, templates.resolve("main.yaml"));
        Map<String, String> cli = new LinkedHashMap<>();
        cli.put("collab-infra.endpoint", cfn.endpoint().toString());
        EnvironmentRequest request = new EnvironmentRequest(project, sources, "global", cli, EnvironmentOverrides.none(EnvironmentOverrides.POM),
                cli, Map.of());
        return new StackGoalSettings(request, new AwsAccess(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY, null, false),
                new StackOptions(List.of(), 2));
    }

    private GoalContext context() {
        return new GoalContext(log, true, ValidationRecord.inMemory());
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
