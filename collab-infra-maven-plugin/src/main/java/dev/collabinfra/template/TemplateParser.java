package dev.collabinfra.template;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads YAML and JSON templates into {@link Template}s. Mistakes become {@link ParseIssue}s with
 * positions; this class never throws for bad input, only for I/O errors.
 *
 * <p>The parser is safe on hostile input: it builds no objects from tags, never expands aliases
 * (it reports them), and bounds nesting depth and file size.
 */
public final class TemplateParser {

    /** Largest template CloudFormation accepts (from S3), in bytes; cfn-lint's E1002 uses the same. */
    public static final int MAX_TEMPLATE_BYTES = 1_000_000;

    /** Deepest nesting of mappings and sequences the parser follows. */
    public static final int MAX_DEPTH = 100;

    /**
     * E1002, the one size check (the parser's and the rule's for text handed over as a string): the
     * finding for a template of {@code bytes} UTF-8 bytes, when that is over {@link #MAX_TEMPLATE_BYTES}.
     */
    public static Optional<ParseIssue> sizeIssue(long bytes) {
        if (bytes <= MAX_TEMPLATE_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new ParseIssue("E1002", Severity.ERROR, Position.START, "Template is " + bytes
                + " bytes, over CloudFormation's limit of " + MAX_TEMPLATE_BYTES + " bytes; split it into nested stacks"));
    }

    /**
     * Reads and parses a file. Only a regular file is read (a link to {@code /dev/zero} or a FIFO
     * named {@code pipe.yaml} would never end), and never more than one byte over the limit.
     */
    public ParseResult parse(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            String what = Files.isSymbolicLink(file) && !Files.exists(file) ? "a symbolic link to a missing file"
                    : Files.isDirectory(file) ? "a directory" : "not a regular file (a device, FIFO or socket)";
            return failed(new ParseIssue("E0000", Severity.ERROR, Position.START, "Cannot read this template: it is " + what
                    + "; a template must be a regular file: replace it with one or move it out of the template directory"));
        }
        byte[] bytes = readAtMost(file, MAX_TEMPLATE_BYTES + 1);
        Optional<ParseIssue> tooLarge = bytes.length > MAX_TEMPLATE_BYTES ? sizeIssue(Math.max(bytes.length, Files.size(file)))
                : Optional.empty();
        if (tooLarge.isPresent()) {
            return failed(tooLarge.get());
        }
        return parse(file, bytes);
    }

    /** At most {@code limit} bytes from the start of {@code file}: a bounded read whatever the file claims its size is. */
    public static byte[] readAtMost(Path file, int limit) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }

    /** Parses bytes read from {@code file} (used for messages and for the template's name). */
    public ParseResult parse(Path file, byte[] bytes) {
        Optional<ParseIssue> tooLarge = sizeIssue(bytes.length);
        if (tooLarge.isPresent()) {
            return failed(tooLarge.get());
        }
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (InvalidUtf8 e) {
            return failed(new ParseIssue("E0015", Severity.ERROR, e.position,
                    "File is not valid UTF-8 (byte 0x" + String.format("%02X", e.badByte)
                            + "); CloudFormation reads templates as UTF-8: save the file as UTF-8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parseText(file, text);
    }

    /** Parses template text. */
    public ParseResult parseText(Path file, String text) {
        if (isBlank(text)) {
            return failed(new ParseIssue("E0016", Severity.ERROR, Position.START,
                    "File is empty; a template needs at least a Resources section"));
        }
        List<ParseIssue> issues = new ArrayList<>();
        Node root;
        Template.Format format;
        if (looksLikeJson(text)) {
            format = Template.Format.JSON;
            root = new JsonTreeBuilder(text, issues).build();
            if (root == null && !file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                // '{' also opens a flow-style YAML template ({AWSTemplateFormatVersion: ..., Resources: {...}}),
                // which CloudFormation accepts: read it as YAML when it is valid YAML, else keep the JSON error
                // (a *.json file keeps its JSON error: a trailing comma there is a JSON mistake, not YAML)
                List<ParseIssue> yamlIssues = new ArrayList<>();
                Node yaml = new YamlTreeBuilder(text, yamlIssues).build();
                if (yaml != null && yamlIssues.stream().noneMatch(i -> i.ruleId().equals("E0000"))) {
                    issues.clear();
                    issues.addAll(yamlIssues);
                    root = yaml;
                    format = Template.Format.YAML;
                }
            }
        } else {
            format = Template.Format.YAML;
            root = new YamlTreeBuilder(text, issues).build();
        }
        if (root == null) {
            return new ParseResult(null, issues);
        }
        if (!(root instanceof MapNode map)) {
            issues.add(new ParseIssue("E0000", Severity.ERROR, root.position(),
                    "A template must be a mapping of sections (AWSTemplateFormatVersion, Resources, ...) at the top level"));
            return new ParseResult(null, issues);
        }
        return new ParseResult(new Template(file, text, format, map), issues);
    }

    private static ParseResult failed(ParseIssue issue) {
        return new ParseResult(null, List.of(issue));
    }

    private static boolean isBlank(String text) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String trimmed = text.substring(start, end).strip(); // line by line: a template's first real line ends the scan
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.equals("---") && !trimmed.equals("...")) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    private static String decodeUtf8(byte[] bytes) throws InvalidUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            decoder.reset();
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
            decoder.decode(in, out, true);
            int badOffset = in.position();
            out.flip();
            String good = out.toString();
            Position at = LineIndex.of(good).position(good.length());
            throw new InvalidUtf8(at, bytes[Math.min(badOffset, bytes.length - 1)] & 0xFF);
        }
    }

    private static final class InvalidUtf8 extends Exception {
        private final Position position;
        private final int badByte;

        InvalidUtf8(Position position, int badByte) {
            super(null, null, false, false);
            this.position = position;
            this.badByte = badByte;
        }
    }
}
