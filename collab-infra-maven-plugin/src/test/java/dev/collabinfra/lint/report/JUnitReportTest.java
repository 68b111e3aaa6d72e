package dev.collabinfra.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.lint.FailOn;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.RuleCatalog;
import dev.collabinfra.lint.ValidationRequest;
import dev.collabinfra.lint.ValidationResult;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {

    @TempDir
    Path project;


    @Test
    void oneTestCasePerTemplateAndOneFailureListingItsFailingFindings() throws Exception {
        // given
        List<Finding> findings = List.of(
                new Finding("E0000", Severity.ERROR, broken(), new Position(2, 3), "Duplicate key 'Handle'"),
                new Finding("E0000", Severity.ERROR, broken(), new Position(4, 3), "Duplicate key 'Handle' again"),
                new Finding("W0020", Severity.WARNING, broken(), new Position(6, 18), "Unquoted 'yes'"));
        // when
        Document xml = write(FailOn.ERROR, findings);
        // then
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("collab-infra-validate");
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        Element brokenCase = (Element) cases.item(0);
        Element cleanCase = (Element) cases.item(1);
        assertThat(brokenCase.getAttribute("name")).isEqualTo("src/main/cloudformation/a-broken.yaml");
        assertThat(brokenCase.getAttribute("classname")).isEqualTo("collab-infra-validate");
        assertThat(cleanCase.getAttribute("name")).isEqualTo("src/main/cloudformation/b-clean.yaml");
        assertThat(cleanCase.getElementsByTagName("failure").getLength()).isZero();

        NodeList failures = brokenCase.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        Element failure = (Element) failures.item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("E0000");
        assertThat(failure.getAttribute("message")).isEqualTo("2 findings; first: 2:3 E0000 Duplicate key 'Handle'");
        assertThat(failure.getTextContent()).isEqualTo(
                "src/main/cloudformation/a-broken.yaml:2:3: ERROR E0000 Duplicate key 'Handle'\n"
                        + "src/main/cloudformation/a-broken.yaml:4:3: ERROR E0000 Duplicate key 'Handle' again\n");
        assertThat(brokenCase.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("src/main/cloudformation/a-broken.yaml:6:18: WARNING W0020 Unquoted 'yes'\n");
    }

    @Test
    void failOnWarningMakesWarningsFailuresAndNoneStillShowsErrors() throws Exception {
        // given
        List<Finding> warningOnly = List.of(new Finding("W0020", Severity.WARNING, broken(), new Position(6, 18), "Unquoted 'yes'"));
        List<Finding> errorOnly = List.of(new Finding("E0000", Severity.ERROR, broken(), new Position(2, 3), "Duplicate"));
        // when / then
        assertThat(write(FailOn.WARNING, warningOnly).getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(write(FailOn.ERROR, warningOnly).getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(write(FailOn.NONE, errorOnly).getDocumentElement().getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void aFileOnlyACheckReportedOnGetsItsOwnTestCase() throws Exception {
        Path env = project.resolve("src/main/cloudformation/environments/prod.yaml");
        Document xml = write(FailOn.ERROR, List.of(new Finding("E9100", Severity.ERROR, env, Position.START, "bad env")));
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("3");
        assertThat(((Element) xml.getElementsByTagName("testcase").item(2)).getAttribute("name"))
                .isEqualTo("src/main/cloudformation/environments/prod.yaml");
    }

    @Test
    void controlCharactersFromATemplateDoNotBreakTheXml() throws Exception {
        Document xml = write(FailOn.ERROR, List.of(new Finding("E0000", Severity.ERROR, broken(), Position.START, "key 'a\u0000\u001Fb' & <c>")));
        assertThat(xml.getElementsByTagName("failure").item(0).getTextContent()).contains("key 'a\uFFFD\uFFFDb' & <c>");
    }

    private Path broken() {
        return project.resolve("src/main/cloudformation/a-broken.yaml");
    }

    private Document write(FailOn failOn, List<Finding> findings) throws Exception {
        ValidationRequest request = new ValidationRequest(project, project.resolve("src/main/cloudformation"), false, Set.of(),
                failOn, project.resolve("target/collab-infra"), "test");
        List<Path> templates = List.of(broken(), project.resolve("src/main/cloudformation/b-clean.yaml"));
        ValidationResult result = new ValidationResult(request, templates, findings, RuleCatalog.of(List.of(), findings), List.of());
        Path file = project.resolve("TEST-collab-infra-validate.xml");
        JUnitReport.write(result, file);
        return ReportFiles.junit(file);
    }
}
