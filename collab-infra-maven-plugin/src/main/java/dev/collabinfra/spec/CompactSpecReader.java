package dev.collabinfra.spec;

import dev.collabinfra.core.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the compact line format written by {@code src/spec/compact-spec.js} (the format is
 * described there). A line scan with a hand-split on TAB: no tokenizer, no tree.
 */
final class CompactSpecReader {

    private static final String MARKER = "collab-infra-spec";

    private final SpecBuilder builder = new SpecBuilder();
    private final String source;
    private char kind;
    private String name;
    private Map<String, PropertySpec> properties;
    private List<String> attributes;
    private String transform;
    private PropertySpec self;

    private CompactSpecReader(String source) {
        this.source = source;
    }

    static ResourceSpecification read(InputStream in, String source) throws IOException {
        // One read of the inflated text (about 1 MB) and a scan over it: measurably faster in a cold
        // JVM than a Reader producing a String per line.
        return new CompactSpecReader(source).readAll(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    private ResourceSpecification readAll(String text) {
        int pos = 0;
        int eol = lineEnd(text, pos);
        String line = text.substring(pos, eol);
        pos = eol + 1;
        if (!line.startsWith(MARKER)) {
            throw new UserException(source + ":1: not a CloudFormation resource specification (expected AWS's"
                    + " CloudFormationResourceSpecification.json or the plugin's compact format)");
        }
        int lineNumber = 1;
        while (pos < text.length()) {
            eol = lineEnd(text, pos);
            line = text.substring(pos, eol);
            pos = eol + 1;
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            String[] f = split(line);
            switch (f[0]) {
                case "version" -> builder.version(f[1]);
                case "overlay" -> builder.overlay(f[1]);
                case "N" -> builder.newerType(f[1]);
                case "R", "T" -> {
                    flush();
                    kind = f[0].charAt(0);
                    name = f[1];
                    properties = new HashMap<>();
                    attributes = new ArrayList<>();
                    transform = null;
                    self = null;
                }
                case "A" -> {
                    for (int i = 1; i < f.length; i++) {
                        attributes.add(builder.intern(f[i]));
                    }
                }
                case "Q" -> transform = f[1];
                case "P", "S" -> {
                    if (f.length < 9) {
                        throw new UserException(source + ":" + lineNumber + ": a property line needs 9 fields, found " + f.length);
                    }
                    PropertySpec p = builder.property(f[1], f[2].equals("1"), f[3], f[4], f[5], f[6], f[7], f[8].indexOf('X') >= 0);
                    if (f[0].equals("P")) {
                        properties.put(p.name(), p);
                    } else {
                        self = p;
                    }
                }
                default -> throw new UserException(source + ":" + lineNumber + ": unknown record '" + f[0] + "'");
            }
        }
        flush();
        return builder.build();
    }

    private void flush() {
        if (name == null) {
            return;
        }
        if (kind == 'R') {
            builder.resourceType(name, properties, new LinkedHashSet<>(attributes), transform);
        } else {
            builder.propertyType(name, properties, self);
        }
        name = null;
    }

    private static int lineEnd(String text, int from) {
        int eol = text.indexOf('\n', from);
        return eol < 0 ? text.length() : eol;
    }

    /** Splits on TAB keeping empty fields (String.split would compile a regex per call). */
    private static String[] split(String line) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                count++;
            }
        }
        String[] fields = new String[count];
        int start = 0;
        int field = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                fields[field++] = line.substring(start, i);
                start = i + 1;
            }
        }
        return fields;
    }
}
