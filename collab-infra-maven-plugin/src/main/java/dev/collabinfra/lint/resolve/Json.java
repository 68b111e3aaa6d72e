package dev.collabinfra.lint.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code Fn::ToJsonString}: a known value as compact JSON, the way CloudFormation prints it. */
final class Json {

    private Json() {}

    static Optional<Value.Text> toJson(Value value) {
        if (!value.known() || value instanceof Value.Absent) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        List<Feed> feeds = write(value, out, List.of());
        return out.length() > StackEvaluator.MAX_TEXT ? Optional.empty() : Optional.of(new Value.Text(out.toString(), feeds));
    }

    private static List<Feed> write(Value value, StringBuilder out, List<Feed> feeds) {
        if (value instanceof Value.Text t) {
            string(t.text(), out);
            return Feed.union(feeds, t.feeds());
        }
        if (value instanceof Value.Items l) {
            out.append('[');
            boolean first = true;
            for (Value item : l.items()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                feeds = write(item, out, feeds);
            }
            out.append(']');
            return Feed.union(feeds, l.feeds());
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Value> entry : ((Value.Fields) value).fields().entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(entry.getKey(), out);
            out.append(':');
            feeds = write(entry.getValue(), out, feeds);
        }
        out.append('}');
        return feeds;
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
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
        out.append('"');
    }
}
