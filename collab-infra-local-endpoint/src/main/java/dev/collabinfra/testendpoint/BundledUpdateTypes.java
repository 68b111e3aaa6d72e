package dev.collabinfra.testendpoint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@code update-types.txt}: one line per resource type, its name and then
 * {@code Property=I} (Immutable) or {@code Property=C} (Conditional) fields, tab-separated; Mutable
 * properties are not listed. Lines starting with {@code #} are comments.
 */
final class BundledUpdateTypes {

    static final String RESOURCE = "update-types.txt";

    private BundledUpdateTypes() {}

    static Map<String, Map<String, String>> read() {
        try (InputStream in = BundledUpdateTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the local endpoint's jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Map<String, String>> parse(BufferedReader reader) throws IOException {
        Map<String, Map<String, String>> byType = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            Map<String, String> properties = new HashMap<>();
            for (int i = 1; i < fields.length; i++) {
                int eq = fields[i].lastIndexOf('=');
                String kind = fields[i].substring(eq + 1);
                properties.put(fields[i].substring(0, eq), kind.equals("C") ? UpdateTypeLookup.CONDITIONAL : UpdateTypeLookup.IMMUTABLE);
            }
            byType.put(fields[0], Map.copyOf(properties));
        }
        return byType;
    }
}
