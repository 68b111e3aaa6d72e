package dev.collabinfra.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.environment.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the generated plugin descriptor (what {@code mvn collab-infra:help -Ddetail} and the POM
 * see). The goals declare their parameter groups themselves, so the copies must agree: one
 * description, one property and one default per parameter name, whichever goal declares it. And
 * the goals that do not upload have no upload parameters.
 */
class ParameterDocsTest {

    static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    /** goal -> parameter -> {description, expression, default}. */
    static final Map<String, Map<String, List<String>>> GOALS = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws Exception {
        assertThat(DESCRIPTOR).as("the build writes the descriptor before the tests").isRegularFile();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(DESCRIPTOR));
        NodeList mojos = doc.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            NodeList declared = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            for (int j = 0; j < declared.getLength(); j++) {
                Element parameter = (Element) declared.item(j);
                String name = text(parameter, "name");
                Element config = configuration == null ? null : (Element) configuration.getElementsByTagName(name).item(0);
                parameters.put(name, List.of(text(parameter, "description"), config == null ? "" : config.getTextContent(),
                        config == null ? "" : config.getAttribute("default-value")));
            }
            GOALS.put(goal, parameters);
        }
        assertThat(GOALS).containsKeys("validate", "package", "upload", "plan", "deploy", "status", "outputs", "delete");
    }

    @Test
    void aParameterDeclaredByMoreThanOneGoalIsTheSameEverywhere() {
        Map<String, List<String>> first = new LinkedHashMap<>();
        Map<String, String> firstGoal = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, List<String>>> goal : GOALS.entrySet()) {
            if (goal.getKey().equals("help")) {
                continue;
            }
            for (Map.Entry<String, List<String>> parameter : goal.getValue().entrySet()) {
                List<String> seen = first.putIfAbsent(parameter.getKey(), parameter.getValue());
                firstGoal.putIfAbsent(parameter.getKey(), goal.getKey());
                if (seen != null && !parameter.getKey().equals("env")) {
                    assertThat(parameter.getValue()).as(parameter.getKey() + " in " + goal.getKey() + " vs " + firstGoal.get(parameter.getKey()))
                            .isEqualTo(seen);
                }
            }
        }
    }

    @Test
    void theGoalsThatDoNotUploadHaveNoUploadOrValidationParameters() {
        for (String goal : List.of("status", "outputs", "delete")) {
            assertThat(GOALS.get(goal)).as(goal).doesNotContainKeys("bucket", "prefix", "createBucket", "forceUpload", "kmsKeyId",
                    "bucketOwner", "commit", "failOn", "ignoreRules", "specFile", "allowEmpty", "outputDirectory");
        }
        assertThat(GOALS.get("upload")).as("upload").doesNotContainKeys("stackName", "parameters", "allowReplacement");
        assertThat(GOALS.get("validate")).as("validate").doesNotContainKeys("bucket", "region", "stackName");
    }

    @Test
    void everyEnvironmentSettingOfThePomIsAParameterWithItsProperty() {
        for (String goal : List.of("plan", "deploy")) {
            for (Setting setting : Setting.at(Setting.Level.POM)) {
                assertThat(GOALS.get(goal)).as(goal + " has " + setting.key()).containsKey(setting.key());
                String expression = GOALS.get(goal).get(setting.key()).get(1);
                if (setting.single()) {
                    assertThat(expression).as(setting.key()).isEqualTo("${" + setting.property() + "}");
                }
            }
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
