package dev.collabinfra.bundle;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces character ranges of a template's text and nothing else, so comments, key order, quotes
 * and indentation of everything that does not change stay exactly as written.
 */
final class TextEdits {

    /** Replace {@code [start, end)} of the original text with {@code replacement}. */
    record Edit(int start, int end, String replacement) {}

    /**
     * Characters a plain YAML scalar may hold wherever it stands. No {@code :} (a URL is quoted: the
     * value may sit inside a flow mapping, where YAML 1.1 readers reject {@code :} in plain text),
     * no {@code #}, no flow indicators.
     */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/@%+=~-]*");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9._+:eE-]*");
    private static final Set<String> YAML11_WORDS = Set.of("y", "yes", "n", "no", "true", "false", "on", "off", "null");

    private TextEdits() {}

    static String apply(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text);
        List<Edit> backwards = edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed()).toList();
        int limit = Integer.MAX_VALUE;
        for (Edit edit : backwards) {
            if (edit.end() > limit) {
                throw new IllegalArgumentException("overlapping edits at " + edit.start());
            }
            out.replace(edit.start(), edit.end(), edit.replacement());
            limit = edit.start();
        }
        return out.toString();
    }

    /** A YAML scalar that reads back as this string: plain when that is unambiguous, else double-quoted. */
    static String yamlString(String value) {
        boolean plain = PLAIN.matcher(value).matches()
                && !NUMBER_LIKE.matcher(value).matches()
                && !YAML11_WORDS.contains(value.toLowerCase(Locale.ROOT));
        return plain ? value : jsonString(value);
    }

    /** A JSON string literal (also a valid YAML double-quoted scalar). */
    static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
