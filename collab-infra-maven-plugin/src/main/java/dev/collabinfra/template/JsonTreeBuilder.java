package dev.collabinfra.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the node tree from a JSON template with Jackson's streaming parser, keeping positions. */
final class JsonTreeBuilder {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(TemplateParser.MAX_DEPTH).build())
            .build();

    private final String text;
    private final List<ParseIssue> issues;
    private JsonParser parser;
    private LineIndex lines;

    JsonTreeBuilder(String text, List<ParseIssue> issues) {
        this.text = text;
        this.issues = issues;
    }

    Node build() {
        try (JsonParser p = FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                issues.add(new ParseIssue("E0016", Severity.ERROR, Position.START, "File is empty; a template needs a Resources section"));
                return null;
            }
            Node root = value(first);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                issues.add(new ParseIssue("E0000", Severity.ERROR, start(),
                        "JSON syntax error: content after the end of the template object; remove it"));
            }
            return root;
        } catch (JsonProcessingException e) {
            // a nesting-limit error carries no location of its own: use where the parser stood
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
            Position position = at == null || at.getCharOffset() < 0 ? Position.START : lines().position((int) at.getCharOffset());
            issues.add(new ParseIssue("E0000", Severity.ERROR, position, "JSON syntax error: " + e.getOriginalMessage()
                    + "; check the commas, quotes and brackets here"));
            return null;
        } catch (IOException e) {
            issues.add(new ParseIssue("E0000", Severity.ERROR, Position.START, "JSON could not be read: " + e.getMessage()));
            return null;
        }
    }

    private Node value(JsonToken token) throws IOException {
        Position at = start();
        int startIndex = (int) parser.currentTokenLocation().getCharOffset();
        switch (token) {
            case START_OBJECT -> {
                List<MapNode.Entry> entries = new ArrayList<>();
                Map<String, Position> seen = new HashMap<>();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Position keyAt = start();
                    Node child = value(parser.nextToken());
                    Position first = seen.putIfAbsent(key, keyAt);
                    if (first != null) {
                        issues.add(new ParseIssue("E0000", Severity.ERROR, first, "Duplicate key '" + key + "' (again at line "
                                + keyAt.line() + "); CloudFormation keeps only the last one: remove or rename one of them"));
                        issues.add(new ParseIssue("E0000", Severity.ERROR, keyAt, "Duplicate key '" + key + "' (first at line "
                                + first.line() + "); CloudFormation keeps only this one: remove or rename one of them"));
                    }
                    entries.add(new MapNode.Entry(key, keyAt, child));
                }
                return new MapNode(entries, at, startIndex, endIndex());
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(next));
                }
                return new ListNode(items, at, startIndex, endIndex());
            }
            case VALUE_STRING -> {
                String value = parser.getText();
                return new ScalarNode(value, ScalarKind.STRING, false, at, startIndex, endIndex());
            }
            case VALUE_NUMBER_INT -> {
                return new ScalarNode(parser.getText(), ScalarKind.INTEGER, true, at, startIndex, endIndex());
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(parser.getText(), ScalarKind.FLOAT, true, at, startIndex, endIndex());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ScalarNode(parser.getText(), ScalarKind.BOOLEAN, true, at, startIndex, endIndex());
            }
            case VALUE_NULL -> {
                return new ScalarNode("", ScalarKind.NULL, true, at, startIndex, endIndex());
            }
            default -> throw new IOException("unexpected token " + token);
        }
    }

    /** Where the current token starts: lines as editors count them, columns in code points (Jackson counts UTF-16 units). */
    private Position start() {
        JsonLocation location = parser.currentTokenLocation();
        long offset = location.getCharOffset();
        return offset < 0 ? new Position(location.getLineNr(), location.getColumnNr()) : lines().position((int) offset);
    }

    private LineIndex lines() {
        if (lines == null) {
            lines = LineIndex.of(text);
        }
        return lines;
    }

    private int endIndex() {
        return (int) Math.min(parser.currentLocation().getCharOffset(), text.length());
    }
}
