package dev.collabinfra.deploy.regions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.collabinfra.deploy.OutputsFiles;
import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.StackOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The outputs of one region of a multi-region environment: {@code outputs.<region>.json} and
 * {@code outputs.<region>.properties} beside where a single-region deploy writes
 * {@code outputs.json}, masked as {@link OutputsFiles} masks them.
 */
public final class RegionalOutputs {

    private RegionalOutputs() {}

    /** Removes a region's two files (its stack is gone); returns those that existed. */
    public static List<Path> remove(Path dir, String region) {
        List<Path> removed = new java.util.ArrayList<>();
        for (String name : List.of("outputs." + region + ".json", "outputs." + region + ".properties")) {
            Path file = dir.resolve(name);
            try {
                if (Files.deleteIfExists(file)) {
                    removed.add(file);
                }
            } catch (IOException e) {
                throw new dev.collabinfra.core.UserException("Cannot remove the stale outputs file " + file + ": " + e.getMessage()
                        + ". Delete it by hand.");
            }
        }
        return removed;
    }

    /** Writes both files and returns the JSON file. */
    public static Path write(Path dir, String region, List<StackOutput> outputs, SecretMasker masker) {
        Map<String, String> values = OutputsFiles.values(outputs, masker);
        try {
            Files.createDirectories(dir);
            StringWriter json = new StringWriter();
            try (JsonGenerator generator = new JsonFactory().createGenerator(json)) {
                generator.useDefaultPrettyPrinter();
                generator.writeStartObject();
                for (Map.Entry<String, String> entry : values.entrySet()) {
                    generator.writeStringField(entry.getKey(), entry.getValue());
                }
                generator.writeEndObject();
            }
            Path file = dir.resolve("outputs." + region + ".json");
            Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
            Properties properties = new Properties();
            properties.putAll(values);
            StringWriter text = new StringWriter();
            properties.store(text, null);
            List<String> lines = text.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList();
            Files.writeString(dir.resolve("outputs." + region + ".properties"), lines.isEmpty() ? "" : String.join("\n", lines) + "\n",
                    StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the outputs of " + region + " to " + dir, e);
        }
    }
}
