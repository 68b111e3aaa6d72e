package dev.collabinfra.testendpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;

/** The endpoint serves each region the SDK signs for as its own CloudFormation, with faults per region. */
@ExtendWith(LocalEndpointExtension.class)
class MultiRegionEndpointTest {

    static final String TEMPLATE = """
            Resources:
              Topic:
                Type: AWS::SNS::Topic
            Outputs:
              Where:
                Value: !Ref "AWS::Region"
            """;

    static CloudFormationClient client(LocalCloudFormation cfn, String region, boolean retries) {
        return CloudFormationClient.builder().endpointOverride(cfn.endpoint()).region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(retries ? 3 : 1)))
                .build();
    }

    @Test
    void theSameStackNameInTwoRegionsIsTwoStacks(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient us = client(cfn, "us-east-1", true); CloudFormationClient eu = client(cfn, "eu-west-1", true)) {
            us.createStack(r -> r.stackName("shop").templateBody(TEMPLATE));
            eu.createStack(r -> r.stackName("shop").templateBody(TEMPLATE));
            var usStack = EndpointClients.settle(us, "shop");
            var euStack = EndpointClients.settle(eu, "shop");
            assertThat(usStack.stackId()).contains(":us-east-1:").isNotEqualTo(euStack.stackId());
            assertThat(euStack.outputs().get(0).outputValue()).isEqualTo("eu-west-1");
            eu.deleteStack(r -> r.stackName("shop"));
            Thread.sleep(200);
            assertThat(us.describeStacks(r -> r.stackName("shop")).stacks().get(0).stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
            assertThat(cfn.recordedCalls()).filteredOn(c -> c.action().equals("CreateStack")).extracting(RecordedCall::region)
                    .containsExactly("us-east-1", "eu-west-1");
        }
    }

    @Test
    void faultsOfOneRegionLeaveTheOthersAlone(LocalCloudFormation cfn) {
        cfn.faults("eu-west-1").throttleNext(1);
        try (CloudFormationClient us = client(cfn, "us-east-1", false); CloudFormationClient eu = client(cfn, "eu-west-1", false)) {
            assertThat(us.describeStacks().stacks()).isEmpty();
            assertThatThrownBy(eu::describeStacks).isInstanceOf(CloudFormationException.class).hasMessageContaining("Rate exceeded");
            assertThat(eu.describeStacks().stacks()).isEmpty();
        }
    }
}
