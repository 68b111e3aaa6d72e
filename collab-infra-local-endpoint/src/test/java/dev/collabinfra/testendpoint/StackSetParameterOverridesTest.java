package dev.collabinfra.testendpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Parameter;

/**
 * ParameterOverrides of stack instances as CloudFormation documents them, through the real SDK:
 * the instance stack gets the override; UpdateStackSet leaves it; UpdateStackInstances without
 * the list keeps it, with UsePreviousValue keeps it, with an empty list sets it back to the stack
 * set's value; an override of a parameter the set does not specify is refused; DescribeStackInstance
 * shows the overrides (NoEcho masked); an instance stack of another account is not found by its id.
 */
@ExtendWith(LocalEndpointExtension.class)
class StackSetParameterOverridesTest {

    static final String TEMPLATE = """
            Parameters:
              Size: {Type: String}
              Color: {Type: String, Default: blue}
              Token: {Type: String, NoEcho: true}
            Resources:
              Topic:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !Sub "${Size}-${Color}"
            """;

    static final String OWN = "123456789012";

    @Test
    void overridesReachTheInstanceStacksAndFollowTheDocumentedUpdateRules(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient cf = MultiRegionEndpointTest.client(cfn, "us-east-1", true)) {
            cf.createStackSet(r -> r.stackSetName("base").templateBody(TEMPLATE).parameters(p("Size", "small"), p("Token", "secret-1")));
            awaitOperation(cf, cf.createStackInstances(r -> r.stackSetName("base").accounts(OWN).regions("eu-west-1")
                    .parameterOverrides(p("Size", "large"), p("Token", "secret-eu"))).operationId());
            awaitOperation(cf, cf.createStackInstances(r -> r.stackSetName("base").accounts(OWN).regions("us-east-1")).operationId());
            assertThat(size(cfn, "us-east-1")).isEqualTo("small");
            assertThat(size(cfn, "eu-west-1")).isEqualTo("large");
            assertThat(cf.describeStackInstance(r -> r.stackSetName("base").stackInstanceAccount(OWN).stackInstanceRegion("eu-west-1"))
                    .stackInstance().parameterOverrides()).extracting(Parameter::parameterKey, Parameter::parameterValue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Size", "large"), org.assertj.core.groups.Tuple.tuple("Token", "****"));

            // A stack set update keeps the overrides.
            awaitOperation(cf, cf.updateStackSet(r -> r.stackSetName("base").templateBody(TEMPLATE).parameters(p("Size", "medium"),
                    p("Token", "secret-2"))).operationId());
            assertThat(size(cfn, "eu-west-1")).isEqualTo("large");
            assertThat(size(cfn, "us-east-1")).isEqualTo("medium");

            // UsePreviousValue keeps an override; an empty list sets them back to the set's values.
            awaitOperation(cf, cf.updateStackInstances(r -> r.stackSetName("base").accounts(OWN).regions("eu-west-1")
                    .parameterOverrides(Parameter.builder().parameterKey("Size").usePreviousValue(true).build())).operationId());
            assertThat(size(cfn, "eu-west-1")).isEqualTo("large");
            awaitOperation(cf, cf.updateStackInstances(r -> r.stackSetName("base").accounts(OWN).regions("eu-west-1")
                    .parameterOverrides(List.of())).operationId());
            assertThat(size(cfn, "eu-west-1")).isEqualTo("medium");

            assertThatThrownBy(() -> cf.updateStackInstances(r -> r.stackSetName("base").accounts(OWN).regions("eu-west-1")
                    .parameterOverrides(p("Color", "red"))))
                    .isInstanceOf(CloudFormationException.class)
                    .hasMessageContaining("parameter Color is not specified in StackSet base");
        }
    }

    @Test
    void anInstanceStackOfAnotherAccountIsNotFoundByItsId(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient cf = MultiRegionEndpointTest.client(cfn, "us-east-1", true)) {
            cf.createStackSet(r -> r.stackSetName("base").templateBody(TEMPLATE).parameters(p("Size", "small"), p("Token", "t")));
            awaitOperation(cf, cf.createStackInstances(r -> r.stackSetName("base").accounts("111111111111", OWN).regions("us-east-1")).operationId());
            Map<String, String> ids = cf.listStackInstances(r -> r.stackSetName("base")).summaries().stream()
                    .collect(Collectors.toMap(s -> s.account(), s -> s.stackId()));
            assertThat(ids.get("111111111111")).contains(":111111111111:stack/");
            assertThat(cf.describeStacks(r -> r.stackName(ids.get(OWN))).stacks()).hasSize(1);
            assertThatThrownBy(() -> cf.describeStacks(r -> r.stackName(ids.get("111111111111"))))
                    .isInstanceOf(CloudFormationException.class).hasMessageContaining("does not exist");
        }
    }

    private static Parameter p(String key, String value) {
        return Parameter.builder().parameterKey(key).parameterValue(value).build();
    }

    private static void awaitOperation(CloudFormationClient cf, String operationId) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            String status = cf.describeStackSetOperation(r -> r.stackSetName("base").operationId(operationId)).stackSetOperation()
                    .statusAsString();
            if (!status.equals("RUNNING") && !status.equals("QUEUED")) {
                assertThat(status).isEqualTo("SUCCEEDED");
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("operation " + operationId + " did not end");
    }

    /** The Size parameter of the one instance stack of our account in the region. */
    private static String size(LocalCloudFormation cfn, String region) {
        try (CloudFormationClient cf = MultiRegionEndpointTest.client(cfn, region, true)) {
            return cf.describeStacks().stacks().stream().filter(s -> s.stackName().startsWith("StackSet-base-")).findFirst().orElseThrow()
                    .parameters().stream().filter(p -> p.parameterKey().equals("Size")).findFirst().orElseThrow().parameterValue();
        }
    }
}
