package dev.collabinfra.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.collabinfra.core.UserException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The CloudFormation registry resource provider schemas: per resource type the JSON Schema of its
 * properties with every value constraint, plus the stateful types, the AWS id and ARN formats and
 * cfn-lint's stricter extension schemas. The bundled set is generated from cfn-lint 1.51.0's data
 * ({@code src/spec/generate-schemas.py}); {@link #source()} says which.
 *
 * <p>Loading reads the compact file into one string and indexes it; a type's schema is parsed the
 * first time a rule asks for it, so a run pays only for the types its templates use. One instance
 * per run (kept by {@code LintServices}); nothing static.
 */
public final class RegistrySchemas {

    /** The compact schema set shipped in the jar. */
    static final String BUNDLED_RESOURCE = "registry-schemas.txt.gz";
    private static final String MARKER = "collab-infra-schemas";
    private static final long MAX_USER_FILE = 256L << 20;

    private final JsonFactory json = new JsonFactory();
    private final String source;
    private final byte[] text;
    private final Map<String, int[]> offsets;
    private final Map<String, Map<String, Object>> userSchemas;
    private final Set<String> stateful;
    private final Map<String, StringFormat> formats;
    private final List<String[]> extensionLines;
    private final Map<String, Optional<ResourceSchema>> parsed = new ConcurrentHashMap<>();
    private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();
    private volatile Map<String, List<SchemaExtension>> extensions;

    private RegistrySchemas(String source, byte[] text, Map<String, int[]> offsets, Map<String, Map<String, Object>> userSchemas,
            Set<String> stateful, Map<String, StringFormat> formats, List<String[]> extensionLines) {
        this.source = source;
        this.text = text;
        this.offsets = offsets;
        this.userSchemas = userSchemas;
        this.stateful = Set.copyOf(stateful);
        this.formats = Map.copyOf(formats);
        this.extensionLines = extensionLines;
    }

    /** The schema set bundled in the plugin jar; each call reads it again (callers keep it). */
    public static RegistrySchemas bundled() {
        try (InputStream in = RegistrySchemas.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + BUNDLED_RESOURCE);
            }
            return readCompact(new GZIPInputStream(in, 1 << 16).readAllBytes(), "bundled " + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True when {@code file} looks like a registry schema set rather than the legacy
     * {@code CloudFormationResourceSpecification.json}: a directory, a {@code .zip}, the plugin's
     * compact schema file, or a single provider schema ({@code .json} with a {@code typeName}).
     */
    public static boolean isSchemaSet(Path file) {
        if (Files.isDirectory(file) || file.getFileName().toString().endsWith(".zip")) {
            return true;
        }
        try (InputStream in = opened(file)) {
            byte[] head = in.readNBytes(4096);
            String start = new String(head, StandardCharsets.UTF_8);
            return start.startsWith(MARKER) || start.contains("\"typeName\"");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Loads a user's newer schema set, laid over the bundled one (types it has win; formats,
     * stateful types and extensions stay bundled). Accepted: a directory of provider schema JSON
     * files (AWS's {@code CloudFormationSchema.zip} unpacked), that zip itself, one provider schema
     * file, or the plugin's compact format (gzipped or not).
     *
     * @throws UserException naming the file when it is missing or not a schema
     */
    public static RegistrySchemas load(Path file) {
        RegistrySchemas bundled = bundled();
        try {
            if (!Files.isDirectory(file) && !file.getFileName().toString().endsWith(".zip")) {
                try (InputStream in = opened(file)) {
                    byte[] bytes = in.readNBytes((int) MAX_USER_FILE);
                    if (new String(bytes, 0, Math.min(bytes.length, MARKER.length()), StandardCharsets.UTF_8).equals(MARKER)) {
                        return readCompact(bytes, file.toString());
                    }
                    Map<String, Map<String, Object>> user = new HashMap<>();
                    bundled.addProviderSchema(user, bytes, file.toString());
                    return bundled.overlaid(user, file.toString());
                }
            }
            Map<String, Map<String, Object>> user = new HashMap<>();
            if (Files.isDirectory(file)) {
                try (Stream<Path> files = Files.walk(file, 3)) {
                    for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        bundled.addProviderSchema(user, Files.readAllBytes(json), json.toString());
                    }
                }
            } else {
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                    long total = 0;
                    for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                        if (entry.getName().endsWith(".json")) {
                            byte[] bytes = zip.readNBytes((int) MAX_USER_FILE);
                            total += bytes.length;
                            if (total >= MAX_USER_FILE) {
                                throw new UserException("specFile " + file + " holds more than 256 MB of schemas; is it the right zip?");
                            }
                            bundled.addProviderSchema(user, bytes, file + "!" + entry.getName());
                        }
                    }
                }
            }
            if (user.isEmpty()) {
                throw new UserException("specFile " + file + " holds no provider schema (*.json with a typeName); unpack AWS's"
                        + " CloudFormationSchema.zip there or point specFile at the zip");
            }
            return bundled.overlaid(user, file.toString());
        } catch (NoSuchFileException e) {
            throw new UserException("specFile " + file + " does not exist; remove the specFile parameter to use the bundled schemas");
        } catch (IOException e) {
            throw new UserException("cannot read specFile " + file + ": " + e.getMessage());
        }
    }

    /** Where the schemas came from, e.g. {@code cfn-lint 1.51.0 cfnlint/data/schemas (...)}. */
    public String source() {
        return source;
    }

    /** The type's schema, when the set has it. */
    public Optional<ResourceSchema> schema(String type) {
        return parsed.computeIfAbsent(type, this::parse);
    }

    /** Every resource type the set describes. */
    public Set<String> typeNames() {
        Set<String> names = new java.util.TreeSet<>(offsets.keySet());
        names.addAll(userSchemas.keySet());
        return names;
    }

    /** Resource types whose deletion or replacement loses data (cfn-lint's StatefulResources.json). */
    public Set<String> statefulTypes() {
        return stateful;
    }

    /** What a {@code format} name means, when the set knows it. */
    public Optional<StringFormat> format(String name) {
        return Optional.ofNullable(formats.get(name));
    }

    /**
     * A schema's {@code pattern} compiled once per run (Java syntax; {@code \\Z} read as
     * {@code \\z}); empty when Java cannot compile it, so the constraint is left unchecked.
     */
    public Optional<Pattern> pattern(String regex) {
        return patterns.computeIfAbsent(regex, r -> {
            try {
                return Optional.of(Pattern.compile(r.replace("\\Z", "\\z")));
            } catch (PatternSyntaxException | StackOverflowError e) {
                return Optional.empty();
            }
        });
    }

    /** cfn-lint's extension schemas for a resource type. */
    public List<SchemaExtension> extensions(String type) {
        Map<String, List<SchemaExtension>> all = extensions;
        if (all == null) {
            all = new HashMap<>();
            for (String[] f : extensionLines) {
                List<String> path = f[3].isEmpty() ? List.of() : List.of(f[3].split("/"));
                all.computeIfAbsent(f[2], k -> new ArrayList<>()).add(new SchemaExtension(f[1], f[2], path, f[4], map(f[5], f[1])));
            }
            extensions = all;
        }
        return all.getOrDefault(type, List.of());
    }

    @SuppressWarnings("unchecked")
    private Optional<ResourceSchema> parse(String type) {
        Map<String, Object> user = userSchemas.get(type);
        if (user != null) {
            return Optional.of(new ResourceSchema(type, user));
        }
        int[] at = offsets.get(type);
        if (at == null) {
            return Optional.empty();
        }
        return Optional.of(new ResourceSchema(type, map(text, at[0], at[1] - at[0], type)));
    }

    private Map<String, Object> map(String jsonText, String what) {
        byte[] bytes = jsonText.getBytes(StandardCharsets.UTF_8);
        return map(bytes, 0, bytes.length, what);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(byte[] bytes, int offset, int length, String what) {
        try {
            return (Map<String, Object>) JsonValues.parse(json, bytes, offset, length);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException(source + ": the schema of " + what + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private void addProviderSchema(Map<String, Map<String, Object>> into, byte[] bytes, String where) {
        Object value;
        try {
            value = JsonValues.parse(json, new java.io.ByteArrayInputStream(bytes));
        } catch (StreamReadException e) {
            throw new UserException(where + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON (" + e.getOriginalMessage() + "); download the provider schemas again");
        } catch (IOException e) {
            throw new UserException(where + ": cannot read: " + e.getMessage());
        }
        if (!(value instanceof Map<?, ?> map) || !(map.get("typeName") instanceof String typeName)) {
            throw new UserException(where + ":1: not a resource provider schema (no \"typeName\"); specFile accepts AWS's"
                    + " CloudFormationSchema.zip, a folder of its JSON files, or CloudFormationResourceSpecification.json");
        }
        into.put(typeName, (Map<String, Object>) map);
    }

    private RegistrySchemas overlaid(Map<String, Map<String, Object>> user, String where) {
        return new RegistrySchemas(where + " over " + source, text, offsets, Map.copyOf(user), stateful, formats, extensionLines);
    }

    private static InputStream opened(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    /**
     * Indexes the compact format (see the generator for its records) on the inflated bytes: only
     * the short records become strings; a type's JSON stays bytes until it is asked for.
     */
    private static RegistrySchemas readCompact(byte[] text, String where) {
        Map<String, int[]> offsets = new HashMap<>(4096);
        Set<String> stateful = new java.util.HashSet<>();
        Map<String, StringFormat> formats = new HashMap<>();
        List<String[]> extensionLines = new ArrayList<>();
        String source = where;
        int pos = 0;
        int lineNumber = 0;
        while (pos < text.length) {
            lineNumber++;
            if (text[pos] == 'R' && pos + 1 < text.length && text[pos + 1] == '\t') {
                // R<TAB>type<TAB>length<TAB>json: jump over the JSON instead of scanning it
                int typeEnd = indexOf(text, (byte) '\t', pos + 2, text.length);
                int lengthEnd = indexOf(text, (byte) '\t', typeEnd + 1, text.length);
                int length;
                try {
                    length = Integer.parseInt(string(text, typeEnd + 1, lengthEnd));
                } catch (NumberFormatException e) {
                    throw new UserException(where + ":" + lineNumber + ": a schema record needs its length before the JSON");
                }
                int end = lengthEnd + 1 + length;
                if (end > text.length || (end < text.length && text[end] != '\n')) {
                    throw new UserException(where + ":" + lineNumber + ": the schema's length does not match its line");
                }
                offsets.put(string(text, pos + 2, typeEnd), new int[] {lengthEnd + 1, end});
                pos = end + 1;
                continue;
            }
            int eol = indexOf(text, (byte) '\n', pos, text.length);
            int tab = indexOf(text, (byte) '\t', pos, eol);
            String kind = new String(text, pos, tab - pos, StandardCharsets.UTF_8);
            if (lineNumber == 1 && !kind.equals(MARKER)) {
                throw new UserException(where + ":1: not a registry schema set (expected the plugin's compact format)");
            }
            switch (kind) {
                case MARKER, "" -> { }
                case "source" -> source = string(text, tab + 1, eol);
                case "stateful" -> stateful.addAll(List.of(string(text, tab + 1, eol).split("\t")));
                case "F" -> {
                    String[] f = string(text, pos, eol).split("\t", 4);
                    try {
                        formats.put(f[1], new StringFormat(f[1], f[2], Pattern.compile(f[3].replace("\\Z", "\\z"))));
                    } catch (PatternSyntaxException e) {
                        // a pattern Java cannot read is a format left unchecked, not a failed build
                    }
                }
                case "X" -> extensionLines.add(string(text, pos, eol).split("\t", 6));
                default -> throw new UserException(where + ":" + lineNumber + ": unknown record '" + kind + "'");
            }
            pos = eol + 1;
        }
        return new RegistrySchemas(source, text, offsets, Map.of(), stateful, formats, extensionLines);
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return to;
    }

    private static String string(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "RegistrySchemas " + source + " (" + offsets.size() + " types)";
    }
}
