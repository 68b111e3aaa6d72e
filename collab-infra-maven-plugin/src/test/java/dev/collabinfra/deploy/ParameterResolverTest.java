package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterResolverTest {

    private static final Template TEMPLATE = new TemplateParser().parseText(Path.of("main.yaml"), """
            Parameters:
              Environment: {Type: String}
              DbPassword: {Type: String, NoEcho: true}
              InstanceType: {Type: String, Default: t3.micro}
              ImageId: {Type: String}
            Resources:
              Topic: {Type: AWS::SNS::Topic}
            """).template();

    @Test
    void usesGivenValuesDefaultsAndPreviousValues() {
        StackState stack = new StackState("id", "shop", "UPDATE_COMPLETE", null,
                Map.of("Environment", "prod", "DbPassword", "****", "ImageId", "ami-1", "InstanceType", "t3.large"),
                Map.of(), List.of(), false, null, List.of());

        ParameterResolver.Resolved resolved = ParameterResolver.resolve(TEMPLATE,
                Map.of("Environment", "prod", "DbPassword", "s3cr3t-value"), stack, "prod");

        assertThat(resolved.values()).containsExactly(
                ParameterValue.of("Environment", "prod"),
                ParameterValue.of("DbPassword", "s3cr3t-value"),
                ParameterValue.previous("ImageId"));
        assertThat(resolved.defaults()).containsExactly(Map.entry("InstanceType", "t3.micro"));
        assertThat(resolved.noEcho()).containsExactly("DbPassword");
        assertThat(resolved.masker().mask("bad value s3cr3t-value")).isEqualTo("bad value ****");
    }

    @Test
    void listsEveryMissingAndUnknownParameterInOneError() {
        assertThatThrownBy(() -> ParameterResolver.resolve(TEMPLATE, Map.of("Enviroment", "prod"), null, "prod"))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("'Enviroment' is not a parameter of the main template; did you mean 'Environment'?")
                .hasMessageContaining("no value for Environment, DbPassword, ImageId (the template has no Default and the stack does not exist yet)")
                .hasMessageContaining("-Dcollab-infra.parameters.<Name>=<value>");
    }

    @Test
    void aStackStillInReviewHasNoPreviousValues() {
        StackState review = new StackState("id", "shop", "REVIEW_IN_PROGRESS", null, Map.of("ImageId", "ami-1"), Map.of(), List.of(),
                false, null, List.of());

        assertThatThrownBy(() -> ParameterResolver.resolve(TEMPLATE, Map.of("Environment", "p", "DbPassword", "x"), review, "prod"))
                .hasMessageContaining("no value for ImageId");
    }
}
