package dev.collabinfra.deploy;

import static dev.collabinfra.deploy.Events.itself;
import static dev.collabinfra.deploy.Events.nested;
import static dev.collabinfra.deploy.Events.resource;
import static dev.collabinfra.deploy.Events.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackEventStreamTest {

    private final FakeGateway gateway = new FakeGateway();
    private final FakeTime time = new FakeTime();
    private final RecordingListener out = new RecordingListener();

    private StackEventStream stream() {
        return new StackEventStream(gateway, out, SecretMasker.none(), time, time, true);
    }

    @Test
    void followsNestedStacksWithOneCallPerActiveStackPerPollAndPrintsEachEventOnce() throws Exception {
        gateway.events("root", List.of(itself("r1", "root", "UPDATE_IN_PROGRESS", "User Initiated", 0),
                        nested("r2", "root", "Network", "net", "UPDATE_IN_PROGRESS", 1)))
                .events("net", List.of(itself("n1", "net", "UPDATE_IN_PROGRESS", null, 2),
                        resource("n2", "net", "Vpc", "AWS::EC2::VPC", "UPDATE_COMPLETE", null, 3)))
                .events("root", List.of())
                .events("net", List.of())
                .events("root", List.of(nested("r3", "root", "Network", "net", "UPDATE_COMPLETE", 6)))
                .events("net", List.of(itself("n3", "net", "UPDATE_COMPLETE", null, 5)))
                .events("root", List.of(itself("r4", "root", "UPDATE_COMPLETE", null, 7)))
                .state("root", state("root", "shop", "UPDATE_COMPLETE"));

        StackEventStream.Result result = stream().follow("root", "shop", "r0", time.instant().plusSeconds(3600), "hint");

        assertThat(result.finalState().status()).isEqualTo("UPDATE_COMPLETE");
        // Poll 1: root, then net, found in root's events and read in the same poll; polls 2-3: root
        // and net (settled in poll 3, so no longer read); the root's own UPDATE_COMPLETE in poll 4
        // ends it with one DescribeStacks to confirm.
        assertThat(gateway.calls).containsExactly(
                "DescribeStackEvents root", "DescribeStackEvents net",
                "DescribeStackEvents root", "DescribeStackEvents net",
                "DescribeStackEvents root", "DescribeStackEvents net",
                "DescribeStackEvents root",
                "DescribeStacks root");
        // Once each: the parent's lines about the Network resource (r2, r3) tell what net's own lines say.
        assertThat(out.lines).filteredOn(l -> l.startsWith("INFO 10:") && l.contains("UPDATE_")).hasSize(5);
        assertThat(out.lines).filteredOn(l -> l.matches(".*shop/Network +AWS::CloudFormation::Stack +UPDATE_COMPLETE.*")).hasSize(1);
        assertThat(out.lines).anySatisfy(l -> assertThat(l).matches(
                "INFO 10:00:03  shop/Network/Vpc +AWS::EC2::VPC +UPDATE_COMPLETE"));
        // Across polls, events of all stacks are printed in the order they happened, the main stack's end last.
        assertThat(result.events()).extracting(e -> e.event().eventId()).containsExactly("r1", "r2", "n1", "n2", "n3", "r3", "r4");
        assertThat(out.lines).filteredOn(l -> l.startsWith("INFO 10:")).last().asString().contains("shop ").contains("UPDATE_COMPLETE");
    }

    @Test
    void aNestedStackFirstSeenInTheLastPollIsReadOnceBeforeTheEnd() throws Exception {
        gateway.events("root", List.of(itself("r1", "root", "CREATE_IN_PROGRESS", "User Initiated", 0),
                        nested("r2", "root", "Cache", "cache", "CREATE_IN_PROGRESS", 1),
                        nested("r3", "root", "Cache", "cache", "CREATE_COMPLETE", 3),
                        itself("r4", "root", "CREATE_COMPLETE", null, 4)))
                .events("cache", List.of(itself("c1", "cache", "CREATE_IN_PROGRESS", null, 1),
                        resource("c2", "cache", "Redis", "AWS::ElastiCache::ReplicationGroup", "CREATE_COMPLETE", null, 2),
                        itself("c3", "cache", "CREATE_COMPLETE", null, 3)))
                .state("root", state("root", "shop", "CREATE_COMPLETE"));

        StackEventStream.Result result = stream().follow("root", "shop", "r0", time.instant().plusSeconds(3600), "hint");

        assertThat(gateway.calls).containsExactly("DescribeStackEvents root", "DescribeStackEvents cache", "DescribeStacks root");
        assertThat(result.events()).extracting(e -> e.event().eventId()).containsExactly("r1", "r2", "c1", "c2", "r3", "c3", "r4");
    }

    @Test
    void earlyPausesAreAQuarterOfTheTimeElapsedAndDoubleWhileThrottled() throws Exception {
        gateway.events("root", List.of(resource("a", "root", "T", "AWS::SNS::Topic", "CREATE_IN_PROGRESS", null, 0)))
                .events("root", List.of())
                .events("root", List.of())
                .events("root", List.of())
                .events("root", new ThrottledException("Rate exceeded", null))
                .events("root", new ThrottledException("Rate exceeded", null))
                .events("root", List.of(itself("b", "root", "CREATE_COMPLETE", null, 9)))
                .state("root", state("root", "shop", "CREATE_COMPLETE"));

        stream().follow("root", "shop", "r0", time.instant().plusSeconds(3600), "hint");

        // A pause before the first poll (the operation was just started); then, this early, a quarter of
        // the time elapsed (1 s in: 250 ms; 1.25 s: 312.5 ms; ...), so a short operation is seen when it
        // ends rather than up to a full pause later; throttling doubles the pause.
        assertThat(time.pauses).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(250), Duration.ofNanos(312_500_000),
                Duration.ofNanos(390_625_000), Duration.ofNanos(488_281_250), Duration.ofNanos(976_562_500),
                Duration.ofNanos(1_953_125_000));
    }

    @Test
    void laterPausesStartAtOneSecondAfterActivityAndGrowToTwo() throws Exception {
        gateway.events("root", List.of(resource("a", "root", "T", "AWS::SNS::Topic", "CREATE_IN_PROGRESS", null, 0)));
        for (int i = 0; i < 12; i++) {
            gateway.events("root", List.of()); // about 10 s of nothing
        }
        gateway.events("root", List.of(resource("c", "root", "T", "AWS::SNS::Topic", "CREATE_COMPLETE", null, 20)))
                .events("root", List.of())
                .events("root", List.of())
                .events("root", List.of(itself("b", "root", "CREATE_COMPLETE", null, 30)))
                .state("root", state("root", "shop", "CREATE_COMPLETE"));

        stream().follow("root", "shop", "r0", time.instant().plusSeconds(3600), "hint");

        List<Duration> pauses = time.pauses;
        // never longer than two seconds between polls unless CloudFormation throttles
        assertThat(pauses).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(StackEventStream.MAX_PAUSE));
        assertThat(StackEventStream.MAX_PAUSE).isEqualTo(Duration.ofSeconds(2));
        // once the operation is past its first seconds: two seconds while calm, one second after an
        // event, then 1.5 s and 2 s again: the early shortening no longer applies
        assertThat(pauses.subList(pauses.size() - 4, pauses.size())).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofMillis(1500), Duration.ofSeconds(2));
    }

    @Test
    void stopsWaitingAtTheDeadlineAndSaysHowToWatch() {
        for (int i = 0; i < 100; i++) {
            gateway.events("root", List.of());
        }
        gateway.state("root", state("root", "shop", "UPDATE_IN_PROGRESS"));

        assertThatThrownBy(() -> stream().follow("root", "shop", "r0", time.instant().plusSeconds(60),
                        "Watch it with: mvn collab-infra:status -Denv=prod"))
                .isInstanceOf(StillRunningException.class)
                .hasMessageContaining("still working on stack shop")
                .hasMessageContaining("mvn collab-infra:status -Denv=prod");
        assertThat(out.text()).contains("resources complete");
    }

    @Test
    void withoutAMarkerShowsTheCurrentOperationOnly() {
        List<StackEvent> page = List.of(
                itself("1", "root", "UPDATE_IN_PROGRESS", "User Initiated", 0),
                itself("2", "root", "UPDATE_COMPLETE", null, 1),
                itself("3", "root", "UPDATE_IN_PROGRESS", "User Initiated", 2),
                resource("4", "root", "T", "AWS::SNS::Topic", "UPDATE_IN_PROGRESS", null, 3));

        assertThat(StackEventStream.currentOperation(page)).extracting(StackEvent::eventId).containsExactly("3", "4");
    }
}
