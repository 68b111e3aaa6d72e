package dev.collabinfra.lint.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template value resolves to for one environment. A value is known text, a list, a
 * mapping, {@link Absent} ({@code Ref AWS::NoValue}) or {@link Unknown} (a resource attribute, an
 * import, a parameter the environment does not give): unknown is never a finding, it only stops
 * the checks that would need it. Known values remember the {@link Feed}s they were built from.
 */
public sealed interface Value {

    /** The inputs this value was built from; empty for a value written literally in the template. */
    List<Feed> feeds();

    /** True when the value comes from a NoEcho parameter: messages must not show it. */
    default boolean secret() {
        for (Feed feed : feeds()) {
            if (feed.secret()) {
                return true;
            }
        }
        return false;
    }

    /** True unless the value, or a part of it, is unknown. */
    default boolean known() {
        return true;
    }

    /** A string (numbers and booleans too, as CloudFormation passes them). */
    record Text(String text, List<Feed> feeds) implements Value {
        public Text {
            feeds = List.copyOf(feeds);
        }

        public static Text literal(String text) {
            return new Text(text, List.of());
        }
    }

    /** A list, such as {@code Fn::GetAZs} or a {@code CommaDelimitedList} parameter returns. */
    record Items(List<Value> items, List<Feed> feeds) implements Value {
        public Items {
            items = List.copyOf(items);
            feeds = List.copyOf(feeds);
        }

        @Override
        public boolean known() {
            for (Value item : items) {
                if (!item.known()) {
                    return false;
                }
            }
            return true;
        }

        /** Every item's feeds and the list's own. */
        public List<Feed> allFeeds() {
            List<Feed> all = feeds;
            for (Value item : items) {
                all = Feed.union(all, item.feeds());
            }
            return all;
        }
    }

    /** A mapping, in template order. */
    record Fields(Map<String, Value> fields) implements Value {
        public Fields {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public List<Feed> feeds() {
            return List.of();
        }

        @Override
        public boolean known() {
            for (Value v : fields.values()) {
                if (!v.known()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code Ref AWS::NoValue}: the property, list item or map entry is left out. */
    record Absent() implements Value {
        @Override
        public List<Feed> feeds() {
            return List.of();
        }
    }

    /**
     * A value validation cannot know before the deployment runs.
     *
     * @param why what it depends on ({@code the attribute Queue.Arn}), for debugging and docs
     */
    record Unknown(String why) implements Value {
        @Override
        public List<Feed> feeds() {
            return List.of();
        }

        @Override
        public boolean known() {
            return false;
        }
    }

    /** The same value with {@code more} feeds added (a parameter value gets the feed that set it). */
    static Value withFeeds(Value value, List<Feed> more) {
        if (more.isEmpty()) {
            return value;
        }
        if (value instanceof Text t) {
            return new Text(t.text(), Feed.union(t.feeds(), more));
        }
        if (value instanceof Items l) {
            List<Value> items = new ArrayList<>(l.items().size());
            for (Value item : l.items()) {
                items.add(withFeeds(item, more));
            }
            return new Items(items, Feed.union(l.feeds(), more));
        }
        if (value instanceof Fields f) {
            Map<String, Value> fields = new LinkedHashMap<>();
            f.fields().forEach((k, v) -> fields.put(k, withFeeds(v, more)));
            return new Fields(fields);
        }
        return value;
    }
}
