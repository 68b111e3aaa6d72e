package dev.collabinfra.lint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.ValidationResult;
import dev.collabinfra.template.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a SARIF 2.1.0 log, the format GitHub code scanning and most CI dashboards read. Result
 * locations are relative to the project directory (base id {@code %SRCROOT%}), so a report made
 * on one machine points at the same lines in any checkout.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    private SarifReport() {}

    /** Writes the report for {@code result} to {@code file}, replacing it. */
    public static void write(ValidationResult result, Path file) throws IOException {
        Path base = result.request().baseDir();
        List<String> ruleIds = new ArrayList<>(result.ruleCatalog().keySet());
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();

            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "collab-infra");
            json.writeStringField("version", result.request().toolVersion());
            json.writeArrayFieldStart("rules");
            for (Map.Entry<String, String> rule : result.ruleCatalog().entrySet()) {
                json.writeStartObject();
                json.writeStringField("id", rule.getKey());
                json.writeObjectFieldStart("shortDescription");
                json.writeStringField("text", rule.getValue());
                json.writeEndObject();
                json.writeObjectFieldStart("defaultConfiguration");
                json.writeStringField("level", level(defaultSeverity(rule.getKey())));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();

            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            json.writeStringField("uri", directoryUri(base));
            json.writeEndObject();
            json.writeEndObject();

            json.writeArrayFieldStart("results");
            for (Finding finding : result.findings()) {
                json.writeStartObject();
                json.writeStringField("ruleId", finding.ruleId());
                json.writeNumberField("ruleIndex", ruleIds.indexOf(finding.ruleId()));
                json.writeStringField("level", level(finding.severity()));
                json.writeObjectFieldStart("message");
                json.writeStringField("text", ReportText.safe(finding.message()));
                json.writeEndObject();
                json.writeArrayFieldStart("locations");
                json.writeStartObject();
                json.writeObjectFieldStart("physicalLocation");
                json.writeObjectFieldStart("artifactLocation");
                writeArtifactUri(json, finding.file(), base);
                json.writeEndObject();
                json.writeObjectFieldStart("region");
                json.writeNumberField("startLine", finding.position().line());
                json.writeNumberField("startColumn", finding.position().column());
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** SARIF's level for a severity: error, warning or note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static Severity defaultSeverity(String ruleId) {
        return switch (ruleId.charAt(0)) {
            case 'E' -> Severity.ERROR;
            case 'W' -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }

    private static void writeArtifactUri(JsonGenerator json, Path file, Path base) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(base)) {
            json.writeStringField("uri", relativeUri(base.relativize(absolute)));
            json.writeStringField("uriBaseId", SRCROOT);
        } else {
            json.writeStringField("uri", absolute.toUri().toString());
        }
    }

    /** A relative path as a URI reference: forward slashes, spaces and other reserved characters escaped. */
    static String relativeUri(Path relative) {
        String path = relative.toString().replace('\\', '/');
        if (path.split("/", 2)[0].contains(":")) {
            path = "./" + path; // a colon in the first segment would read as a URI scheme
        }
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot express " + path + " as a URI", e);
        }
    }

    private static String directoryUri(Path dir) {
        String uri = dir.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
