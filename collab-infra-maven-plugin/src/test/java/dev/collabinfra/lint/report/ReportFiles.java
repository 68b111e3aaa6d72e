package dev.collabinfra.lint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Reads the reports back the way their consumers do: SARIF as JSON, JUnit as a DOM. */
public final class ReportFiles {

    private ReportFiles() {}

    public static JsonNode sarif(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    public static Document junit(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
