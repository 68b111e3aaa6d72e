package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalS3;
import dev.collabinfra.testendpoint.LocalS3Extension;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A nested stack that produced more than a page of events before the stream first reads it still
 * shows all of them: the first read pages back to when the nested stack was seen. The endpoint
 * pages by five here, so one page holds far less than the child's 38 events (the gateway reads
 * at most ten pages back).
 */
@ExtendWith(LocalS3Extension.class)
class NestedEventHistoryTest {

    private static final int QUEUES = 12;

    @Test
    void everyEventOfANestedStackIsShownEvenWhenItsHistoryOutgrewAPage(LocalS3 s3) throws Exception {
        String child = "Resources:\n" + IntStream.rangeClosed(1, QUEUES)
                .mapToObj(i -> "  Queue" + i + ":\n    Type: AWS::SQS::Queue\n")
                .collect(Collectors.joining());
        try (LocalCloudFormation cfn = LocalCloudFormation.builder().s3Endpoint(s3.endpoint()).pageSize(5)
                        .resourceDelay(Duration.ofMillis(5)).start();
                EndpointHarness h = new EndpointHarness(cfn, s3, "nested-history")) {
            String main = """
                    Resources:
                      Queues:
                        Type: AWS::CloudFormation::Stack
                        Properties:
                          TemplateURL: %s
                    """.formatted(h.upload("queues.yaml", child));

            DeployResult created = h.deploy(EndpointHarness.request("history", main).nested("Queues", child));

            assertThat(created.finalState().status()).isEqualTo("CREATE_COMPLETE");
            for (int i = 1; i <= QUEUES; i++) {
                assertThat(h.out.text()).as("events of Queue" + i)
                        .containsPattern("history/Queues/Queue" + i + " +AWS::SQS::Queue +CREATE_IN_PROGRESS")
                        .containsPattern("history/Queues/Queue" + i + " +AWS::SQS::Queue +CREATE_COMPLETE");
            }
        }
    }
}
