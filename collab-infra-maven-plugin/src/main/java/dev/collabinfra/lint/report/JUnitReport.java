package dev.collabinfra.lint.report;

import dev.collabinfra.lint.FailOn;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a JUnit XML report in the surefire format CI dashboards read: one test suite, one test
 * case per template (and per other file a whole-set check reported on). A template fails when it has findings that fail the build ({@code failOn};
 * errors when {@code failOn} is {@code none}, so the dashboard still shows them). A failing test
 * case carries one {@code <failure>} that lists every such finding: Jenkins, GitLab and surefire
 * read only the first failure element of a test case, so one per finding would hide all but one.
 * Findings below the threshold go to the test case's {@code <system-out>}.
 */
public final class JUnitReport {

    /** The suite name; dashboards group the test cases under it. */
    public static final String SUITE = "collab-infra-validate";

    private JUnitReport() {}

    /** Writes the report for {@code result} to {@code file}, replacing it. */
    public static void write(ValidationResult result, Path file) throws IOException {
        FailOn threshold = result.request().failOn() == FailOn.NONE ? FailOn.ERROR : result.request().failOn();
        Path base = result.request().baseDir();
        List<Path> cases = cases(result);
        int failures = 0;
        for (Path template : cases) {
            if (result.findingsOf(template).stream().anyMatch(f -> threshold.fails(f.severity()))) {
                failures++;
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            for (Path template : cases) {
                xml.writeCharacters("\n  ");
                writeCase(xml, result, template, base, threshold);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeCase(XMLStreamWriter xml, ValidationResult result, Path template, Path base, FailOn threshold)
            throws XMLStreamException {
        List<Finding> findings = result.findingsOf(template);
        List<Finding> failing = findings.stream().filter(f -> threshold.fails(f.severity())).toList();
        List<Finding> other = findings.stream().filter(f -> !threshold.fails(f.severity())).toList();
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", SUITE);
        xml.writeAttribute("name", ReportText.safe(TextReport.displayPath(template, base)));
        xml.writeAttribute("time", "0");
        if (!failing.isEmpty()) {
            Finding first = failing.get(0);
            xml.writeStartElement("failure");
            xml.writeAttribute("type", first.ruleId());
            xml.writeAttribute("message", ReportText.safe(ValidationResult.plural(failing.size(), "finding") + "; first: "
                    + first.position() + " " + first.ruleId() + " " + first.message()));
            xml.writeCharacters(ReportText.safe(lines(failing, result)));
            xml.writeEndElement();
        }
        if (!other.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(ReportText.safe(lines(other, result)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Every template, plus any other file a whole-set check reported on (an environment file). */
    private static List<Path> cases(ValidationResult result) {
        Set<Path> files = new TreeSet<>(Comparator.comparing(Path::toString));
        files.addAll(result.templates());
        result.findings().forEach(f -> files.add(f.file()));
        return List.copyOf(files);
    }

    private static String lines(List<Finding> findings, ValidationResult result) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(TextReport.line(finding, result)).append('\n');
        }
        return text.toString();
    }
}
