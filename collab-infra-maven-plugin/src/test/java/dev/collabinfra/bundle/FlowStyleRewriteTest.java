package dev.collabinfra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values written inside YAML flow mappings, and JSON TemplateURLs, stay valid once rewritten. */
class FlowStyleRewriteTest {

    private static final UploadTarget TARGET = new UploadTarget("b", "p", "us-east-1", null);

    @TempDir
    Path dir;

    private RenderedBundle render(String mainName, String main) throws IOException {
        Files.writeString(dir.resolve("child.yaml"), "Resources:\n  Topic: {Type: AWS::SNS::Topic}\n");
        Files.createDirectories(dir.resolve("fn"));
        Files.writeString(dir.resolve("fn/index.py"), "def handler(e, c):\n    return 1\n");
        Files.writeString(dir.resolve(mainName), main);
        Bundle bundle = new BundleResolver(new TemplateParser(), dir).resolve(dir.resolve(mainName));
        return new BundleRenderer(TARGET).render(bundle);
    }

    @Test
    void yamlFlowMappingsStayValid() throws IOException {
        RenderedBundle rendered = render("main.yaml", """
                Resources:
                  Child: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: child.yaml, TimeoutInMinutes: 5}}
                  Fn: {Type: AWS::Lambda::Function, Properties: {Code: fn, Handler: index.handler, Runtime: python3.12, Role: r}}
                """);

        ParseResult reparsed = new TemplateParser().parseText(Path.of("main.yaml"), rendered.mainText());

        assertThat(reparsed.issues()).isEmpty();
        var resources = reparsed.template().resources();
        assertThat(resources.getMap("Child").flatMap(r -> r.getMap("Properties")).flatMap(p -> p.getString("TemplateURL")))
                .hasValueSatisfying(url -> assertThat(url).startsWith("https://b.s3.us-east-1.amazonaws.com/p/"));
        assertThat(resources.getMap("Child").flatMap(r -> r.getMap("Properties")).flatMap(p -> p.getString("TimeoutInMinutes")))
                .contains("5");
        assertThat(resources.getMap("Fn").flatMap(r -> r.getMap("Properties")).flatMap(p -> p.getMap("Code"))
                .flatMap(c -> c.getString("S3Key"))).hasValueSatisfying(k -> assertThat(k).matches("p/[0-9a-f]{64}\\.zip"));
    }

    @Test
    void jsonTemplateUrlBecomesAJsonString() throws IOException {
        RenderedBundle rendered = render("main.json", """
                {"Resources": {"Child": {"Type": "AWS::CloudFormation::Stack", "Properties": {"TemplateURL": "child.yaml"}}}}
                """);

        ParseResult reparsed = new TemplateParser().parseText(Path.of("main.json"), rendered.mainText());

        assertThat(reparsed.issues()).isEmpty();
        assertThat(rendered.mainText()).matches("(?s)\\{\"Resources\": \\{\"Child\": \\{\"Type\": \"AWS::CloudFormation::Stack\", "
                + "\"Properties\": \\{\"TemplateURL\": \"https://b\\.s3\\.us-east-1\\.amazonaws\\.com/p/[0-9a-f]{64}\\.yaml\"\\}\\}\\}\\}\n");
    }
}
