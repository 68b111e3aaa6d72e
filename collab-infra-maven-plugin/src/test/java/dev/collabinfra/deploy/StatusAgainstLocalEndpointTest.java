package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.LocalS3;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The {@code status} goal's report against the local endpoint: settled, working and absent stacks. */
@ExtendWith(LocalEndpointExtension.class)
class StatusAgainstLocalEndpointTest {

    private static final String QUEUES = """
            Resources:
              First: {Type: AWS::SQS::Queue}
              Second: {Type: AWS::SQS::Queue, DependsOn: First}
            Outputs:
              FirstUrl:
                Value: !Ref First
            """;

    @Test
    void aSettledStackShowsStatusRecentEventsAndOutputs(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "status-settled")) {
            h.deploy(EndpointHarness.request("watched", QUEUES));
            h.out.lines.clear();
            h.cfn.reset();

            StackState state = new StackStatusReport(h.context()).report("test", "watched", Duration.ofMinutes(1), SecretMasker.none())
                    .orElseThrow();

            assertThat(state.status()).isEqualTo("CREATE_COMPLETE");
            assertThat(h.out.text()).contains("Recent events:")
                    .containsPattern("watched/Second +AWS::SQS::Queue +CREATE_COMPLETE")
                    .contains("Stack watched: CREATE_COMPLETE, termination protection off")
                    .containsPattern("  FirstUrl  https://sqs\\.us-east-1\\.amazonaws\\.com/.+");
            // GetTemplate: the deployed template tells which outputs carry a NoEcho value.
            assertThat(h.actions()).containsExactly("DescribeStacks", "DescribeStackEvents", "GetTemplate");
        }
    }

    @Test
    void aWorkingStackIsFollowedUntilItSettles(LocalS3 s3) throws Exception {
        try (LocalCloudFormation slow = LocalCloudFormation.builder().s3Endpoint(s3.endpoint()).resourceDelay(Duration.ofMillis(300)).start();
                EndpointHarness h = new EndpointHarness(slow, s3, "status-working")) {
            h.clients.cloudFormation().createStack(c -> c.stackName("busy").templateBody(QUEUES));

            StackState state = new StackStatusReport(h.context()).report("test", "busy", Duration.ofMinutes(1), SecretMasker.none())
                    .orElseThrow();

            assertThat(state.status()).isEqualTo("CREATE_COMPLETE");
            assertThat(h.out.text()).contains("Stack busy is CREATE_IN_PROGRESS; following its events until it settles.")
                    .containsPattern("busy/Second +AWS::SQS::Queue +CREATE_COMPLETE")
                    .contains("Stack busy: CREATE_COMPLETE");
        }
    }

    @Test
    void anAbsentStackIsSaidToBeAbsent(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "status-absent")) {
            assertThat(new StackStatusReport(h.context()).report("qa", "nowhere", Duration.ofMinutes(1), SecretMasker.none())).isEmpty();
            assertThat(h.out.text()).contains("Stack nowhere (environment 'qa') does not exist.");
        }
    }
}
