package dev.collabinfra.deploy;

import static dev.collabinfra.deploy.Events.itself;
import static dev.collabinfra.deploy.Events.nested;
import static dev.collabinfra.deploy.Events.resource;
import static dev.collabinfra.deploy.Events.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The deploy view: time order across polls, modes, levels, columns, summary, dropped connections. */
class EventViewTest {

    private final FakeGateway gateway = new FakeGateway();
    private final FakeTime time = new FakeTime();
    private final RecordingListener out = new RecordingListener();

    private StackEventStream stream(EventsMode mode, int width) {
        return new StackEventStream(gateway, out, SecretMasker.none(), time, time, true).view(mode, width);
    }

    private List<String> eventLines() {
        return out.lines.stream().filter(l -> l.matches("[A-Z]+ 10:\\d\\d:\\d\\d  .*")).toList();
    }

    @Test
    void anEventSeenInALaterPollIsStillPrintedInTimeOrder() throws Exception {
        // net's event at second 4 shows up only in the third poll, after root's event at second 5 was read.
        gateway.events("root", List.of(itself("r1", "root", "CREATE_IN_PROGRESS", "User Initiated", 0),
                        nested("r2", "root", "Network", "net", "CREATE_IN_PROGRESS", 1)))
                .events("net", List.of(itself("n1", "net", "CREATE_IN_PROGRESS", "User Initiated", 1)))
                .events("root", List.of(resource("r3", "root", "Topic", "AWS::SNS::Topic", "CREATE_COMPLETE", null, 5)))
                .events("net", List.of())
                .events("root", List.of())
                .events("net", List.of(resource("n2", "net", "Vpc", "AWS::EC2::VPC", "CREATE_COMPLETE", null, 4),
                        itself("n3", "net", "CREATE_COMPLETE", null, 6)))
                .events("root", List.of(nested("r4", "root", "Network", "net", "CREATE_COMPLETE", 7),
                        itself("r5", "root", "CREATE_COMPLETE", null, 7)))
                .state("root", state("root", "shop", "CREATE_COMPLETE"));

        stream(EventsMode.ALL, 40).follow("root", "shop", "r0", time.instant().plusSeconds(3600), "hint");

        List<String> times = eventLines().stream().map(l -> l.replaceAll("^[A-Z]+ (10:\\d\\d:\\d\\d).*", "$1")).toList();
        assertThat(times).isSorted().containsExactly("10:00:00", "10:00:01", "10:00:04", "10:00:05", "10:00:06", "10:00:07");
        assertThat(eventLines().get(eventLines().size() - 1)).matches("INFO 10:00:07  shop +AWS::CloudFormation::Stack +CREATE_COMPLETE");
    }

    @Test
    void stacksModeShowsEachStacksOwnLinesAndEveryFailureAtError() throws Exception {
        gateway.events("root", List.of(itself("r1", "root", "CREATE_IN_PROGRESS", "User Initiated", 0),
                        nested("r2", "root", "Database", "db", "CREATE_IN_PROGRESS", 1)))
                .events("db", List.of(itself("d1", "db", "CREATE_IN_PROGRESS", "User Initiated", 1),
                        resource("d2", "db", "Table", "AWS::DynamoDB::Table", "CREATE_IN_PROGRESS", null, 2),
                        resource("d3", "db", "Table", "AWS::DynamoDB::Table", "CREATE_FAILED", "Table already exists", 3),
                        itself("d4", "db", "ROLLBACK_IN_PROGRESS", "The following resource(s) failed to create: [Table]", 4),
                        itself("d5", "db", "ROLLBACK_COMPLETE", null, 5)))
                .events("root", List.of(nested("r3", "root", "Database", "db", "CREATE_FAILED", 6),
                        itself("r4", "root", "ROLLBACK_IN_PROGRESS", null, 7), itself("r5", "root", "ROLLBACK_COMPLETE", null, 8)))
                .state("root", state("root", "shop", "ROLLBACK_COMPLETE"));

        StackEventStream.Result result = stream(EventsMode.STACKS, 40).follow("root", "shop", "r0", time.instant().plusSeconds(3600), "h");

        assertThat(eventLines()).noneMatch(l -> l.contains("CREATE_IN_PROGRESS  ") && l.contains("shop/Database/Table"));
        assertThat(eventLines()).anyMatch(l -> l.matches("ERROR 10:00:03  shop/Database/Table +AWS::DynamoDB::Table +CREATE_FAILED +Table already exists"))
                .anyMatch(l -> l.matches("ERROR 10:00:06  shop/Database +AWS::CloudFormation::Stack +CREATE_FAILED.*"))
                .anyMatch(l -> l.matches("WARN 10:00:05  shop/Database +AWS::CloudFormation::Stack +ROLLBACK_COMPLETE.*"))
                .anyMatch(l -> l.matches("INFO 10:00:01  shop/Database +AWS::CloudFormation::Stack +CREATE_IN_PROGRESS +User Initiated"));
        // Every event is still kept for the failure report, shown or not.
        assertThat(result.events()).hasSize(10);
        // The closing summary: one line per stack, failed ones at ERROR with their reason.
        int summary = out.lines.indexOf("INFO Summary:");
        assertThat(out.lines.subList(summary + 1, out.lines.size()))
                .anySatisfy(l -> assertThat(l).matches("ERROR   shop +ROLLBACK_COMPLETE +8s +0 resources changed"))
                .anySatisfy(l -> assertThat(l).matches("ERROR   shop/Database +ROLLBACK_COMPLETE +4s +0 resources changed"));
    }

    @Test
    void failuresModePrintsOnlyFailures() throws Exception {
        gateway.events("root", List.of(itself("r1", "root", "UPDATE_IN_PROGRESS", "User Initiated", 0),
                        resource("r2", "root", "Topic", "AWS::SNS::Topic", "UPDATE_COMPLETE", null, 1),
                        itself("r3", "root", "UPDATE_COMPLETE", null, 2)))
                .state("root", state("root", "shop", "UPDATE_COMPLETE"));

        stream(EventsMode.FAILURES, 40).follow("root", "shop", "r0", time.instant().plusSeconds(3600), "h");

        assertThat(eventLines()).isEmpty();
        assertThat(out.lines).contains("INFO Summary:").anyMatch(l -> l.matches("INFO   shop +UPDATE_COMPLETE +2s +1 resource changed"));
    }

    @Test
    void longPathsAreShortenedInTheMiddleSoTheColumnsStay() throws Exception {
        String deep = "a-very-long-stack-name/ApplicationLayer/BackgroundWorkers/Queues";
        gateway.events("root", List.of(itself("r1", "root", "UPDATE_IN_PROGRESS", "User Initiated", 0),
                        resource("r2", "root", "DeadLetterQueueForOrdersWithALongName", "AWS::SQS::Queue", "UPDATE_COMPLETE", null, 1),
                        resource("r3", "root", "T", "AWS::SNS::Topic", "UPDATE_COMPLETE", null, 1),
                        itself("r4", "root", "UPDATE_COMPLETE", null, 2)))
                .state("root", state("root", deep, "UPDATE_COMPLETE"));

        stream(EventsMode.ALL, 200).follow("root", deep, "r0", time.instant().plusSeconds(3600), "h");

        List<String> lines = eventLines();
        assertThat(lines).hasSize(4);
        // The type column starts at the same offset on every line, however long the address.
        assertThat(lines).extracting(l -> l.indexOf("AWS::")).containsOnly(lines.get(0).indexOf("AWS::"));
        assertThat(lines.get(1)).contains("…").contains("DeadLetterQueueForOrdersWithALongName").startsWith("INFO 10:00:01  a-very");
        assertThat(EventLine.fit("short/Path", 40)).isEqualTo("short/Path");
        assertThat(EventLine.fit("x".repeat(100), 64)).hasSize(64);
    }

    @Test
    void droppedConnectionsAreRetriedWithBackOffAndTheStackIsFollowedToItsEnd() throws Exception {
        gateway.events("root", List.of(itself("r1", "root", "CREATE_IN_PROGRESS", "User Initiated", 0)))
                .events("root", new ConnectionLostException("Cannot talk to CloudFormation (DescribeStackEvents): Connection reset", null))
                .events("root", new ConnectionLostException("Cannot talk to CloudFormation (DescribeStackEvents): Connection reset", null))
                .events("root", List.of(itself("r2", "root", "CREATE_COMPLETE", null, 9)))
                .state("root", state("root", "shop", "CREATE_COMPLETE"));

        StackEventStream.Result result = stream(EventsMode.ALL, 40).follow("root", "shop", "r0", time.instant().plusSeconds(3600), "h");

        assertThat(result.finalState().status()).isEqualTo("CREATE_COMPLETE");
        // the pause after the first event is an early one (a quarter of the second elapsed); each lost poll doubles it
        assertThat(out.lines).filteredOn(l -> l.startsWith("WARN Lost the connection to CloudFormation")).hasSize(2)
                .satisfies(warns -> assertThat(warns.get(0)).contains("trying again in 500ms (1 of 10)"))
                .last().asString().contains("trying again in 1s (2 of 10)");
        assertThat(time.pauses).containsSubsequence(java.time.Duration.ofMillis(250), java.time.Duration.ofMillis(500),
                java.time.Duration.ofSeconds(1));
    }

    @Test
    void whenTheConnectionStaysLostItStopsWithTheExactCommandToFollowTheStack() {
        gateway.events("root", List.of(itself("r1", "root", "CREATE_IN_PROGRESS", "User Initiated", 0)));
        for (int i = 0; i < StackEventStream.MAX_LOST_POLLS; i++) {
            gateway.events("root", new ConnectionLostException("Cannot talk to CloudFormation: Connection reset", null));
        }
        gateway.state("root", state("root", "shop", "CREATE_IN_PROGRESS"));

        assertThatThrownBy(() -> stream(EventsMode.ALL, 40).follow("root", "shop", "r0", time.instant().plusSeconds(3600),
                        "Watch it with: mvn collab-infra:status -Denv=prod -Dcollab-infra.stackName=shop"))
                .isInstanceOf(StillRunningException.class)
                .hasMessageContaining("Lost the connection to CloudFormation while following stack shop (10 tries")
                .hasMessageContaining("CloudFormation goes on by itself")
                .hasMessageEndingWith("mvn collab-infra:status -Denv=prod -Dcollab-infra.stackName=shop");
        // What was read before the connection went is printed, not lost.
        assertThat(eventLines()).anyMatch(l -> l.contains("CREATE_IN_PROGRESS"));
    }
}
