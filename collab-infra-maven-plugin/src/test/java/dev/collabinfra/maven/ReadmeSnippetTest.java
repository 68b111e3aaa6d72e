package dev.collabinfra.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's POM snippet is what the {@code deploy-readme-snippet} IT runs with
 * {@code mvn deploy -Denv=it}, so the snippet works as printed.
 */
class ReadmeSnippetTest {

    @Test
    void theItRunsTheReadmeSnippet() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("## Use it in your project"));
        String snippet = section.substring(section.indexOf("```xml") + 6, section.indexOf("```", section.indexOf("```xml") + 6));
        String pom = Files.readString(Path.of("../src/it/deploy-readme-snippet/pom.xml"))
                .replace("@project.groupId@", "dev.collabinfra")
                .replace("@project.artifactId@", "collab-infra-maven-plugin")
                .replace("@project.version@", "0.1.0-SNAPSHOT");

        String plugin = between(snippet, "<plugin>", "</plugin>");
        assertThat(squash(between(pom, "<plugin>", "</plugin>"))).isEqualTo(squash(plugin));
        assertThat(squash(pom)).contains(squash(between(snippet, "<!-- No Maven repository", "</maven.deploy.skip>")));
        assertThat(snippet).contains("<maven.deploy.skip>true</maven.deploy.skip>");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from);
        assertThat(from).as(start).isNotNegative();
        assertThat(to).as(end).isNotNegative();
        return text.substring(from, to + end.length());
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
