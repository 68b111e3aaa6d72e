package dev.collabinfra.testendpoint.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a template body the way the local CloudFormation needs it, independently of the plugin's
 * linter: JSON with Jackson, YAML with SnakeYAML, short-form function tags turned into their long
 * forms ({@code !Sub x} is {@code {Fn::Sub: x}}, {@code !GetAtt A.B} is {@code {Fn::GetAtt: [A, B]}}),
 * and YAML 1.1 scalars into the strings CloudFormation sees. It keeps no positions: the endpoint
 * answers with CloudFormation's messages, not the linter's.
 */
public final class TemplateReader {

    /** Deepest nesting of mappings and lists read. */
    static final int MAX_DEPTH = 100;
    /** Characters read at most (the endpoint already bounds bodies to 1,000,000 bytes). */
    static final int MAX_CODE_POINTS = 2_000_000;

    /** A body that is not a readable template; the message is CloudFormation's "Template format error" text. */
    public static final class FormatError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FormatError(String message) {
            super(message);
        }
    }

    /** The template in {@code body}; a {@link FormatError} when it is not JSON or YAML with a mapping at the top. */
    public Template read(String body) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        Node root = text.stripLeading().startsWith("{") ? json(text) : yaml(text);
        if (!(root instanceof MapNode map)) {
            throw new FormatError("Template format error: not a JSON object or YAML mapping at the top level");
        }
        return new Template(map);
    }

    private static Node yaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        org.yaml.snakeyaml.nodes.Node document;
        try {
            document = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new FormatError("Template format error: YAML not well-formed. " + e.getProblem()
                    + (mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")"));
        } catch (YAMLException e) {
            throw new FormatError("Template format error: YAML not well-formed. " + e.getMessage());
        }
        if (document == null) {
            throw new FormatError("Template format error: the template is empty");
        }
        return fromYaml(document);
    }

    private static Node fromYaml(org.yaml.snakeyaml.nodes.Node node) {
        String tag = node.getTag().getValue();
        if (tag.startsWith("!") && !tag.startsWith("!!") && tag.length() > 1) {
            String name = tag.substring(1);
            Node argument = untagged(node);
            if (name.equals("GetAtt") && argument instanceof ScalarNode scalar && scalar.value().indexOf('.') > 0) {
                String value = scalar.value();
                int dot = value.indexOf('.');
                argument = new ListNode(List.of(new ScalarNode(value.substring(0, dot)), new ScalarNode(value.substring(dot + 1))));
            }
            String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
            return new MapNode(List.of(new MapNode.Entry(key, argument)));
        }
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) {
            return new ScalarNode(scalarValue(scalar.getTag(), scalar.getValue()));
        }
        return untagged(node);
    }

    /** The node without its own tag: a function argument (a tagged scalar is a plain string). */
    private static Node untagged(org.yaml.snakeyaml.nodes.Node node) {
        if (node instanceof MappingNode mapping) {
            List<MapNode.Entry> entries = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = fromYaml(tuple.getKeyNode());
                if (!(key instanceof ScalarNode name)) {
                    throw new FormatError("Template format error: a mapping key must be a string, not " + key);
                }
                entries.add(new MapNode.Entry(name.value(), fromYaml(tuple.getValueNode())));
            }
            return new MapNode(entries);
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> items = new ArrayList<>();
            for (org.yaml.snakeyaml.nodes.Node item : sequence.getValue()) {
                items.add(fromYaml(item));
            }
            return new ListNode(items);
        }
        return new ScalarNode(((org.yaml.snakeyaml.nodes.ScalarNode) node).getValue());
    }

    /** The string CloudFormation sees for a plain YAML 1.1 scalar of the resolved {@code tag}. */
    static String scalarValue(Tag tag, String text) {
        if (tag.equals(Tag.NULL)) {
            return "";
        }
        if (tag.equals(Tag.BOOL)) {
            String lower = text.toLowerCase(Locale.ROOT);
            return Boolean.toString(lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y"));
        }
        if (tag.equals(Tag.INT)) {
            return integer(text);
        }
        return text;
    }

    /** A YAML 1.1 integer ({@code 0755}, {@code 0x1F}, {@code 0b101}, {@code 1_000}, {@code 1:30}) in decimal; the text when it is none. */
    static String integer(String text) {
        String digits = text.replace("_", "");
        boolean negative = digits.startsWith("-");
        if (digits.startsWith("-") || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        try {
            BigInteger value;
            if (digits.startsWith("0x")) {
                value = new BigInteger(digits.substring(2), 16);
            } else if (digits.startsWith("0b")) {
                value = new BigInteger(digits.substring(2), 2);
            } else if (digits.contains(":")) {
                value = BigInteger.ZERO;
                for (String part : digits.split(":")) {
                    value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
                }
            } else if (digits.length() > 1 && digits.startsWith("0")) {
                value = new BigInteger(digits.substring(1), 8);
            } else {
                value = new BigInteger(digits);
            }
            return (negative ? value.negate() : value).toString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Node json(String text) {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            Node root = fromJson(parser, first);
            if (parser.nextToken() != null) {
                throw new FormatError("Template format error: JSON not well-formed. (unexpected text after the top-level object)");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new FormatError("Template format error: JSON not well-formed. " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new FormatError("Template format error: JSON not well-formed. " + e.getMessage());
        }
    }

    /** The value starting at {@code token}; numbers keep their text as written. */
    private static Node fromJson(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            List<MapNode.Entry> entries = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                entries.add(new MapNode.Entry(key, fromJson(parser, parser.nextToken())));
            }
            return new MapNode(entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                items.add(fromJson(parser, next));
            }
            return new ListNode(items);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new ScalarNode("");
        }
        if (token == null) {
            throw new FormatError("Template format error: JSON not well-formed. (the template ends too early)");
        }
        return new ScalarNode(parser.getText());
    }
}
