package dev.collabinfra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleRendererTest {

    private static final UploadTarget TARGET = new UploadTarget("artifacts-bucket", "team/app", "eu-west-1", null);

    @TempDir
    Path dir;

    private static RenderedBundle render(Path project) {
        Bundle bundle = new BundleResolver(new TemplateParser(), project).resolve(BundleFixture.main(project));
        return new BundleRenderer(TARGET).render(bundle);
    }

    /** Key of every rendered object by the bundle file it came from, plus the main template's. */
    private static Map<String, String> keys(RenderedBundle rendered) {
        Map<String, String> keys = new TreeMap<>(rendered.artifacts().stream()
                .collect(Collectors.toMap(Artifact::source, Artifact::key)));
        keys.put("cloudformation/main.yaml", rendered.mainKey());
        return keys;
    }

    private static String text(RenderedBundle rendered, String source) {
        return rendered.artifacts().stream().filter(a -> a.source().equals(source)).findFirst()
                .map(a -> new String(a.bytes(), StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void keysDependOnContentOnlyNotOnWhereTheProjectLives() throws IOException {
        RenderedBundle here = render(BundleFixture.copy("nested", dir.resolve("a")));
        RenderedBundle there = render(BundleFixture.copy("nested", dir.resolve("somewhere/else/b")));

        assertThat(keys(there)).isEqualTo(keys(here));
        assertThat(there.mainText()).isEqualTo(here.mainText());
        assertThat(keys(here)).hasSize(7).allSatisfy((source, key) ->
                assertThat(key).matches("team/app/[0-9a-f]{64}\\.(yaml|json|zip)"));
        assertThat(here.mainTemplateUrl()).as("small main template goes inline").isEmpty();
    }

    @Test
    void aChangeDeepInTheTreeChangesEveryKeyOnThePathToTheRootAndNoOther() throws IOException {
        Path project = BundleFixture.copy("nested", dir);
        Map<String, String> before = keys(render(project));

        Files.writeString(project.resolve("lambda/rotate/index.py"), "def handler(event, context):\n    return 'rotated twice'\n");
        Map<String, String> after = keys(render(project));

        Map<String, Boolean> changed = new TreeMap<>();
        before.forEach((source, key) -> changed.put(source, !key.equals(after.get(source))));
        assertThat(changed).containsExactlyInAnyOrderEntriesOf(Map.of(
                "lambda/rotate.zip", true,
                "cloudformation/database.json", true,
                "cloudformation/app/application.yaml", true,
                "cloudformation/main.yaml", true,
                "cloudformation/network.yaml", false,
                "lambda/connect.zip", false,
                "lambda/layer.zip", false));
    }

    @Test
    void onlyTheRewrittenValuesChangeCommentsAndFormattingSurvive() throws IOException {
        Path project = BundleFixture.copy("nested", dir);
        String original = Files.readString(BundleFixture.main(project));
        RenderedBundle rendered = render(project);
        String networkUrl = TARGET.url(keys(rendered).get("cloudformation/network.yaml"));
        String appUrl = TARGET.url(keys(rendered).get("cloudformation/app/application.yaml"));
        String connectKey = keys(rendered).get("lambda/connect.zip");

        String[] before = original.split("\n", -1);
        String[] after = rendered.mainText().split("\n", -1);
        assertThat(after).hasSameSizeAs(before);
        Map<Integer, String> differing = new TreeMap<>();
        for (int i = 0; i < before.length; i++) {
            if (!before[i].equals(after[i])) {
                differing.put(i + 1, before[i] + "  =>  " + after[i]);
            }
        }
        assertThat(differing).containsOnlyKeys(15, 23, 43);
        assertThat(after[14]).isEqualTo("      TemplateURL: \"" + networkUrl + "\"   # relative to this file");
        assertThat(after[22]).isEqualTo("      TemplateURL: \"" + appUrl + "\"");
        assertThat(after[42]).isEqualTo("      Code: {S3Bucket: artifacts-bucket, S3Key: " + connectKey + "}   # zipped by the plugin");
    }

    @Test
    void renderedYamlAndJsonParseCleanlyAndPointAtTheUploadedObjects() throws IOException {
        RenderedBundle rendered = render(BundleFixture.copy("nested", dir));
        Map<String, String> keys = keys(rendered);
        TemplateParser parser = new TemplateParser();

        Template main = parsedCleanly(parser, "main.yaml", rendered.mainText());
        assertThat(property(main, "NetworkStack", "TemplateURL"))
                .isEqualTo("https://artifacts-bucket.s3.eu-west-1.amazonaws.com/" + keys.get("cloudformation/network.yaml"));
        MapNode code = main.resources().getMap("ConnectFunction").flatMap(r -> r.getMap("Properties"))
                .flatMap(p -> p.getMap("Code")).orElseThrow();
        assertThat(code.getString("S3Bucket")).contains("artifacts-bucket");
        assertThat(code.getString("S3Key")).contains(keys.get("lambda/connect.zip"));
        assertThat(property(main, "ExternalStack", "TemplateURL"))
                .isEqualTo("https://example-bucket.s3.eu-west-1.amazonaws.com/shared/monitoring.yaml");

        Template app = parsedCleanly(parser, "application.yaml", text(rendered, "cloudformation/app/application.yaml"));
        assertThat(property(app, "ApiFunction", "CodeUri")).isEqualTo("s3://artifacts-bucket/" + keys.get("lambda/connect.zip"));
        assertThat(app.resources().getMap("SharedLayer").flatMap(r -> r.getMap("Properties")).flatMap(p -> p.getMap("Content"))
                .flatMap(c -> c.getString("S3Key"))).contains(keys.get("lambda/layer.zip"));

        Template database = parsedCleanly(parser, "database.json", text(rendered, "cloudformation/database.json"));
        assertThat(database.format()).isEqualTo(Template.Format.JSON);
        assertThat(database.resources().getMap("RotateFunction").flatMap(r -> r.getMap("Properties"))
                .flatMap(p -> p.getMap("Code")).flatMap(c -> c.getString("S3Key"))).contains(keys.get("lambda/rotate.zip"));
    }

    @Test
    void mainTemplateOverTheInlineLimitIsUploadedAndPassedByUrl() throws IOException {
        Path project = BundleFixture.copy("nested", dir);
        Path main = BundleFixture.main(project);
        Files.writeString(main, Files.readString(main) + "# padding\n".repeat(BundleRenderer.MAX_TEMPLATE_BODY_BYTES / 10 + 1));

        RenderedBundle rendered = render(project);

        assertThat(rendered.mainTemplateUrl()).contains(TARGET.url(rendered.mainKey()));
        assertThat(rendered.artifacts()).extracting(Artifact::key).contains(rendered.mainKey());
    }

    private static Template parsedCleanly(TemplateParser parser, String name, String text) {
        ParseResult result = parser.parseText(Path.of(name), text);
        assertThat(result.issues()).as(name + " parse issues").isEmpty();
        assertThat(result.template()).isNotNull();
        return result.template();
    }

    private static String property(Template template, String resource, String property) {
        return template.resources().getMap(resource).flatMap(r -> r.getMap("Properties"))
                .flatMap(p -> p.getString(property)).orElseThrow();
    }
}
