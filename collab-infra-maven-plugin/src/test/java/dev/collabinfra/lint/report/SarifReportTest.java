package dev.collabinfra.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collabinfra.lint.FailOn;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.RuleCatalog;
import dev.collabinfra.lint.ValidationRequest;
import dev.collabinfra.lint.ValidationResult;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    @TempDir
    Path project;

    @Test
    void writesSarif210WithRulesLevelsAndProjectRelativeLocations() throws Exception {
        // given
        Path main = project.resolve("src/main/cloudformation/main.yaml");
        Path spaced = project.resolve("src/main/cloudformation/my stack.yaml");
        List<Finding> findings = List.of(
                new Finding("E0000", Severity.ERROR, main, new Position(4, 3), "Duplicate key 'Handle'"),
                new Finding("W0020", Severity.WARNING, main, new Position(6, 18), "Unquoted 'yes'"),
                new Finding("I9000", Severity.INFO, spaced, new Position(1, 1), "a note"));
        ValidationResult result = result(List.of(main, spaced), findings);
        Path file = project.resolve("validate.sarif");
        // when
        SarifReport.write(result, file);
        JsonNode sarif = ReportFiles.sarif(file);
        // then
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("$schema").asText()).contains("sarif-2.1.0");
        JsonNode run = sarif.path("runs").get(0);
        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("collab-infra");
        assertThat(driver.path("version").asText()).isEqualTo("9.9.9");
        List<String> ruleIds = new ArrayList<>();
        driver.path("rules").forEach(r -> ruleIds.add(r.path("id").asText()));
        assertThat(ruleIds).contains("E0000", "W0020", "I9000", "E0011");
        JsonNode w0020 = driver.path("rules").get(ruleIds.indexOf("W0020"));
        assertThat(w0020.path("shortDescription").path("text").asText()).isEqualTo(RuleCatalog.BUILT_IN.get("W0020"));
        assertThat(w0020.path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
        assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).isEqualTo(project.toUri().toString());

        JsonNode results = run.path("results");
        assertThat(results).hasSize(3);
        assertThat(results).extracting(r -> r.path("level").asText()).containsExactly("error", "warning", "note");
        JsonNode first = results.get(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("E0000");
        assertThat(ruleIds.get(first.path("ruleIndex").asInt())).isEqualTo("E0000");
        assertThat(first.path("message").path("text").asText()).isEqualTo("Duplicate key 'Handle'");
        JsonNode location = first.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("src/main/cloudformation/main.yaml");
        assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(4);
        assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(3);
        assertThat(results.get(1).path("locations").get(0).path("physicalLocation").path("region").path("startColumn").asInt())
                .isEqualTo(18);
        assertThat(results.get(2).path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo("src/main/cloudformation/my%20stack.yaml");
    }

    @Test
    void aFileOutsideTheProjectGetsAnAbsoluteUri(@TempDir Path elsewhere) throws Exception {
        // given
        Path outside = elsewhere.resolve("t.yaml");
        ValidationResult result = result(List.of(outside),
                List.of(new Finding("E0016", Severity.ERROR, outside, Position.START, "File is empty")));
        Path file = project.resolve("validate.sarif");
        // when
        SarifReport.write(result, file);
        // then
        JsonNode artifact = ReportFiles.sarif(file).path("runs").get(0).path("results").get(0)
                .path("locations").get(0).path("physicalLocation").path("artifactLocation");
        assertThat(artifact.path("uri").asText()).isEqualTo(outside.toUri().toString());
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void noFindingsGiveAnEmptyResultsArray() throws Exception {
        Path file = project.resolve("validate.sarif");
        SarifReport.write(result(List.of(project.resolve("a.yaml")), List.of()), file);
        JsonNode results = ReportFiles.sarif(file).path("runs").get(0).path("results");
        assertThat(results.isArray()).isTrue();
        assertThat(results).isEmpty();
    }

    @Test
    void hostileCharactersInMessagesStillGiveAReadableReport() throws Exception {
        // given: a key with a control character and an unpaired surrogate, as a JSON escape can produce
        Path main = project.resolve("main.json");
        ValidationResult result = result(List.of(main),
                List.of(new Finding("E0000", Severity.ERROR, main, Position.START, "Duplicate key 'a\u0001\uD800b'")));
        Path file = project.resolve("validate.sarif");
        // when
        SarifReport.write(result, file);
        // then
        assertThat(ReportFiles.sarif(file).path("runs").get(0).path("results").get(0).path("message").path("text").asText())
                .isEqualTo("Duplicate key 'a\uFFFD\uFFFDb'");
    }

    @Test
    void aColonInTheFirstPathSegmentCannotBeReadAsAScheme() {
        assertThat(SarifReport.relativeUri(Path.of("c:x/main.yaml"))).isEqualTo("./c:x/main.yaml");
        assertThat(SarifReport.relativeUri(Path.of("a/b#c.yaml"))).isEqualTo("a/b%23c.yaml");
    }

    private ValidationResult result(List<Path> templates, List<Finding> findings) {
        ValidationRequest request = new ValidationRequest(project, project.resolve("src/main/cloudformation"), false, Set.of(),
                FailOn.ERROR, project.resolve("target/collab-infra"), "9.9.9");
        Map<String, String> catalog = RuleCatalog.of(List.of(), findings);
        return new ValidationResult(request, templates, findings, catalog, List.of());
    }
}
