package dev.collabinfra.deploy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The stack's outputs for people and for later build steps: a table for the log,
 * {@code outputs.json} (key to value) and {@code outputs.properties}. Values pass through the
 * {@link SecretMasker}, so a NoEcho value echoed by an output does not reach {@code target/}: an
 * output built from a NoEcho parameter is {@code ****} whole, and known secret values are replaced
 * in the others.
 */
public final class OutputsFiles {

    private OutputsFiles() {}

    /** The outputs as a table, sorted by key. */
    public static List<String> table(List<StackOutput> outputs, SecretMasker masker) {
        List<String> lines = new ArrayList<>();
        if (outputs.isEmpty()) {
            lines.add("Outputs: none");
            return lines;
        }
        Map<String, String> sorted = sorted(outputs, masker);
        int width = sorted.keySet().stream().mapToInt(String::length).max().orElse(0);
        lines.add("Outputs:");
        sorted.forEach((key, value) -> lines.add("  " + key + " ".repeat(width - key.length() + 2) + value));
        return lines;
    }

    /** Writes {@code outputs.json} and {@code outputs.properties} into {@code dir}; returns the JSON file. */
    public static Path write(Path dir, List<StackOutput> outputs, SecretMasker masker) {
        Map<String, String> sorted = sorted(outputs, masker);
        try {
            Files.createDirectories(dir);
            StringWriter json = new StringWriter();
            try (JsonGenerator generator = new JsonFactory().createGenerator(json)) {
                generator.useDefaultPrettyPrinter();
                generator.writeStartObject();
                for (Map.Entry<String, String> entry : sorted.entrySet()) {
                    generator.writeStringField(entry.getKey(), entry.getValue());
                }
                generator.writeEndObject();
            }
            Path jsonFile = dir.resolve("outputs.json");
            Files.writeString(jsonFile, json + "\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("outputs.properties"), properties(sorted), StandardCharsets.UTF_8);
            return jsonFile;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the outputs to " + dir, e);
        }
    }

    /** Properties text without the date comment {@link Properties#store} adds, so reruns give the same file. */
    private static String properties(Map<String, String> sorted) throws IOException {
        Properties properties = new Properties();
        properties.putAll(sorted);
        StringWriter text = new StringWriter();
        properties.store(text, null);
        List<String> lines = new ArrayList<>(text.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList());
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** The values to show, write or export, masked, sorted by key. */
    public static Map<String, String> values(List<StackOutput> outputs, SecretMasker masker) {
        Map<String, String> sorted = new TreeMap<>();
        outputs.forEach(o -> sorted.put(o.key(), masker.outputValue(o.key(), o.value())));
        return sorted;
    }

    private static Map<String, String> sorted(List<StackOutput> outputs, SecretMasker masker) {
        return values(outputs, masker);
    }
}
