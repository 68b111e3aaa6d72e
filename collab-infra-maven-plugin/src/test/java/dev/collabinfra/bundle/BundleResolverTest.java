package dev.collabinfra.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleResolverTest {

    @TempDir
    Path dir;

    private Bundle resolve(Path project) {
        return new BundleResolver(new TemplateParser(), project).resolve(BundleFixture.main(project));
    }

    @Test
    void followsNestedTemplatesAndCollectsLocalCode() throws IOException {
        Path project = BundleFixture.copy("nested", dir);

        Bundle bundle = resolve(project);

        assertThat(bundle.main()).isEqualTo("cloudformation/main.yaml");
        assertThat(bundle.files().values()).extracting(f -> f.path() + " " + f.kind()).containsExactly(
                "cloudformation/app/application.yaml TEMPLATE",
                "cloudformation/database.json TEMPLATE",
                "cloudformation/main.yaml TEMPLATE",
                "cloudformation/network.yaml TEMPLATE",
                "lambda/connect.zip CODE_ARCHIVE",
                "lambda/layer.zip CODE_PACKAGE",
                "lambda/rotate.zip CODE_ARCHIVE");
        // URLs, !Sub and an inline ZipFile are deployable already and stay out of the bundle.
        assertThat(bundle.mainTemplate().references()).extracting(r -> r.logicalId() + " -> " + r.target())
                .containsExactly("NetworkStack -> cloudformation/network.yaml",
                        "AppStack -> cloudformation/app/application.yaml",
                        "ConnectFunction -> lambda/connect.zip");
        assertThat(bundle.template("cloudformation/app/application.yaml").references())
                .extracting(r -> r.kind() + " " + r.target())
                .containsExactly("NESTED_TEMPLATE cloudformation/database.json",
                        "SERVERLESS_CODE_URI lambda/connect.zip",
                        "LAYER_CONTENT lambda/layer.zip");
        assertThat(bundle.file("cloudformation/network.yaml").bytes())
                .isEqualTo(Files.readAllBytes(project.resolve("cloudformation/network.yaml")));
        assertThat(bundle.file("lambda/layer.zip").bytes()).isEqualTo(Files.readAllBytes(project.resolve("lambda/layer.zip")));
    }

    @Test
    void missingLocalPathNamesTheTemplateLineAndTheFix() throws IOException {
        Path project = BundleFixture.copy("nested", dir);
        Path main = BundleFixture.main(project);
        Files.writeString(main, Files.readString(main).replace("TemplateURL: network.yaml", "TemplateURL: netwrok.yaml"));

        assertThatThrownBy(() -> resolve(project))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("cloudformation/main.yaml:15:20: TemplateURL 'netwrok.yaml' of NetworkStack")
                .hasMessageContaining("does not exist")
                .hasMessageContaining("fix the path (it is relative to cloudformation)");
    }

    @Test
    void missingCodeDirectoryInJsonTemplateNamesItsLine() throws IOException {
        Path project = BundleFixture.copy("nested", dir);
        Path database = project.resolve("cloudformation/database.json");
        Files.writeString(database, Files.readString(database).replace("../lambda/rotate", "../lambda/rotator"));

        assertThatThrownBy(() -> resolve(project))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("cloudformation/database.json:19:17: Code '../lambda/rotator' of RotateFunction");
    }

    @Test
    void templateThatNestsItselfIsAClearError() throws IOException {
        Path project = BundleFixture.copy("nested", dir);
        Path database = project.resolve("cloudformation/database.json");
        Files.writeString(database, Files.readString(database).replace("\"Resources\": {",
                "\"Resources\": {\n    \"Loop\": {\"Type\": \"AWS::CloudFormation::Stack\", \"Properties\": {\"TemplateURL\": \"app/application.yaml\"}},"));

        assertThatThrownBy(() -> resolve(project))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("cloudformation/database.json:5:")
                .hasMessageContaining("nests a template inside itself (cloudformation/app/application.yaml -> "
                        + "cloudformation/database.json -> cloudformation/app/application.yaml)");
    }

    @Test
    void unparsableNestedTemplateNamesFileAndLine() throws IOException {
        Path project = BundleFixture.copy("nested", dir);
        Files.writeString(project.resolve("cloudformation/network.yaml"), "Resources:\n  Vpc: [unclosed\n");

        assertThatThrownBy(() -> resolve(project))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Cannot package cloudformation/network.yaml")
                .hasMessageMatching("(?s).*cloudformation/network\\.yaml:\\d+:\\d+: .*");
    }
}
