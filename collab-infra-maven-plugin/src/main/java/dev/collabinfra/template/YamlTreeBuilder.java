package dev.collabinfra.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Builds the node tree from SnakeYAML's event stream, not from its object constructor: no object
 * is ever built from a tag and no alias is ever expanded, so hostile input stays cheap. Scalars
 * resolve with YAML 1.1 rules, as CloudFormation reads them.
 */
final class YamlTreeBuilder {

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final Pattern STACKED_TAGS = Pattern.compile("!(\\w+)\\s+!(\\w+)");
    private static final Pattern LEADING_ZERO_NUMBER = Pattern.compile("[-+]?0[0-9_]+");

    private final String text;
    private final List<ParseIssue> issues;
    private final Resolver resolver = new Resolver();
    /** Anchor, alias and merge-key reports kept one by one; the rest become one summary line. */
    static final int MAX_ANCHOR_REPORTS = 10;

    private final int[] charIndexOfCodePoint;
    private LineIndex lines;
    private Parser parser;
    private int anchorReports;
    private Position firstUnreportedAnchor;

    YamlTreeBuilder(String text, List<ParseIssue> issues) {
        this.text = text;
        this.issues = issues;
        this.charIndexOfCodePoint = codePointOffsets(text);
    }

    /** The root node, or null when the text is not YAML that can be read. */
    Node build() {
        try {
            return buildRoot();
        } finally {
            if (anchorReports > MAX_ANCHOR_REPORTS) {
                issues.add(issue("E0013", firstUnreportedAnchor, (anchorReports - MAX_ANCHOR_REPORTS)
                        + " more anchors, aliases or merge keys from here on (not listed one by one); CloudFormation"
                        + " supports none of them: write the values out"));
            }
        }
    }

    private Node buildRoot() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, at both places
        options.setMaxAliasesForCollections(0);
        options.setCodePointLimit(TemplateParser.MAX_TEMPLATE_BYTES + 1);
        options.setProcessComments(false);
        parser = new ParserImpl(new StreamReader(text), options);
        try {
            expect(Event.ID.StreamStart);
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                issues.add(issue("E0016", Position.START, "File holds no YAML document; a template needs a Resources section"));
                return null;
            }
            expect(Event.ID.DocumentStart);
            Node root = node(parser.getEvent(), 0);
            expect(Event.ID.DocumentEnd);
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                Event extra = parser.getEvent();
                issues.add(issue("E0000", position(extra.getStartMark()),
                        "A template file holds one YAML document; remove the second '---' document"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            // A tab is fine inside a block scalar or a quoted scalar's continuation line; only when the
            // parser stops on one is it indentation, and then every tab-indented line is listed.
            if (!(tabRelated(e) && reportTabIndentation())) {
                issues.add(syntaxIssue(e));
            }
            return null;
        } catch (TooDeep e) {
            issues.add(issue("E0000", e.position, "Nesting is deeper than " + TemplateParser.MAX_DEPTH
                    + " levels; CloudFormation templates are never that deep: check the indentation"));
            return null;
        } catch (YAMLException e) {
            issues.add(issue("E0000", Position.START, "YAML could not be read: " + e.getMessage()));
            return null;
        }
    }

    private void expect(Event.ID id) {
        Event event = parser.getEvent();
        if (!event.is(id)) {
            throw new MarkedYAMLException("while reading the document", null, "unexpected " + event, event.getStartMark()) {};
        }
    }

    private Node node(Event event, int depth) {
        if (depth > TemplateParser.MAX_DEPTH) {
            throw new TooDeep(position(event.getStartMark()));
        }
        if (event instanceof AliasEvent alias) {
            reportAnchor(position(alias.getStartMark()), "Alias '*" + alias.getAnchor()
                    + "': CloudFormation does not support YAML anchors and aliases; write the value out");
            return new ScalarNode("", ScalarKind.NULL, true, position(alias.getStartMark()),
                    index(alias.getStartMark()), index(alias.getEndMark()));
        }
        NodeEvent nodeEvent = (NodeEvent) event;
        if (nodeEvent.getAnchor() != null) {
            reportAnchor(position(event.getStartMark()), "Anchor '&" + nodeEvent.getAnchor()
                    + "': CloudFormation does not support YAML anchors and aliases; remove it and write the value out");
        }
        Node built;
        String tag;
        int valueStart = valueStart(event);
        if (event instanceof ScalarEvent scalar) {
            tag = scalar.getTag();
            built = scalar(scalar, tag, valueStart);
        } else if (event instanceof SequenceStartEvent start) {
            tag = start.getTag();
            built = sequence(start, depth, valueStart);
        } else if (event instanceof MappingStartEvent start) {
            tag = start.getTag();
            built = mapping(start, depth, valueStart);
        } else {
            throw new MarkedYAMLException("while reading a value", null, "unexpected " + event, event.getStartMark()) {};
        }
        return applyTag(tag, built, event);
    }

    private Node applyTag(String tag, Node built, Event event) {
        if (tag == null) {
            return built; // most nodes: no tag, nothing to apply
        }
        Position at = position(event.getStartMark());
        if (tag.startsWith(YAML_TAG_PREFIX) && !(built instanceof ScalarNode)) {
            // scalars were checked in explicitKind; collections may only carry their own standard tag
            String name = tag.substring(YAML_TAG_PREFIX.length());
            boolean standard = built instanceof MapNode ? name.equals("map") : name.equals("seq");
            if (!standard) {
                issues.add(issue("E0011", at, "Tag '!!" + name + "' is not supported by CloudFormation "
                        + "(set, omap and pairs are not); remove it"));
            }
            return built;
        }
        if (tag.equals("!") || tag.startsWith(YAML_TAG_PREFIX)) {
            return built;
        }
        if (!tag.startsWith("!") || tag.startsWith("!!")) {
            issues.add(issue("E0011", at, "Unknown tag '" + tag + "'; CloudFormation supports only its short-form "
                    + "function tags (!Ref, !Sub, !GetAtt, ...)"));
            return built;
        }
        String name = tag.substring(1);
        if (!Intrinsics.SHORT_FORM_TAGS.contains(name)) {
            String hint = Suggestions.closest(name, Intrinsics.SHORT_FORM_TAGS)
                    .map(s -> "; did you mean '!" + s + "'?")
                    .orElse("; the short forms are !" + String.join(", !", new java.util.TreeSet<>(Intrinsics.SHORT_FORM_TAGS)));
            issues.add(issue("E0011", at, "Unknown tag '!" + name + "'" + hint));
            return built;
        }
        Node argument = built;
        if (name.equals("GetAtt") && built instanceof ScalarNode scalar) {
            argument = splitGetAtt(scalar);
        }
        MapNode.Entry entry = new MapNode.Entry(Intrinsics.longForm(name), at, argument);
        return new MapNode(List.of(entry), at, index(event.getStartMark()), built.endIndex(), true);
    }

    /** {@code !GetAtt Child.Outputs.Name} splits on the first dot into {@code [Child, Outputs.Name]}. */
    private Node splitGetAtt(ScalarNode scalar) {
        String value = scalar.text();
        int dot = value.indexOf('.');
        if (dot < 0) {
            return scalar;
        }
        int textStart = scalar.startIndex();
        int textEnd = scalar.endIndex();
        if (!scalar.plain() && textStart < text.length() && (text.charAt(textStart) == '"' || text.charAt(textStart) == '\'')) {
            textStart++; // inside the quotes
            textEnd--;
        }
        int dotIndex = Math.min(textStart + dot, textEnd);
        ScalarNode resource = new ScalarNode(value.substring(0, dot), ScalarKind.STRING, scalar.plain(), scalar.position(),
                textStart, dotIndex);
        ScalarNode attribute = new ScalarNode(value.substring(dot + 1), ScalarKind.STRING, scalar.plain(),
                positionAt(Math.min(dotIndex + 1, text.length())), Math.min(dotIndex + 1, textEnd), textEnd);
        return new ListNode(List.of(resource, attribute), scalar.position(), scalar.startIndex(), scalar.endIndex());
    }

    private ScalarNode scalar(ScalarEvent event, String tag, int valueStart) {
        Position at = positionAt(valueStart);
        String value = event.getValue();
        ScalarKind kind;
        if (tag != null && tag.startsWith(YAML_TAG_PREFIX)) {
            kind = explicitKind(tag.substring(YAML_TAG_PREFIX.length()), position(event.getStartMark()));
        } else if (event.isPlain() && (tag == null || tag.startsWith("!") && !tag.equals("!"))) {
            kind = resolve(value, at);
        } else {
            kind = ScalarKind.STRING;
        }
        return new ScalarNode(value, kind, event.isPlain(), at, valueStart, index(event.getEndMark()));
    }

    private ScalarKind resolve(String value, Position at) {
        Tag resolved = resolver.resolve(NodeId.scalar, value, true);
        if (Tag.BOOL.equals(resolved)) {
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                boolean truth = switch (value.toLowerCase(java.util.Locale.ROOT)) {
                    case "yes", "y", "on" -> true;
                    default -> false;
                };
                issues.add(issue("W0020", at, "Unquoted '" + value + "' is a YAML 1.1 boolean: CloudFormation reads it as '"
                        + truth + "'; write '" + value + "' in quotes if you mean the word, or " + truth + " if you mean the boolean"));
            }
            return ScalarKind.BOOLEAN;
        }
        if (Tag.INT.equals(resolved)) {
            if (LEADING_ZERO_NUMBER.matcher(value).matches()) {
                ScalarNode probe = new ScalarNode(value, ScalarKind.INTEGER, true, at, 0, 0);
                issues.add(issue("W0021", at, "Unquoted '" + value + "' has a leading zero: YAML 1.1 reads it as the octal number "
                        + probe.value() + "; quote it ('" + value + "') to keep the digits (account ids, codes)"));
            }
            return ScalarKind.INTEGER;
        }
        if (Tag.FLOAT.equals(resolved)) {
            return ScalarKind.FLOAT;
        }
        if (Tag.NULL.equals(resolved)) {
            return ScalarKind.NULL;
        }
        if (Tag.MERGE.equals(resolved)) {
            return ScalarKind.STRING; // reported where the key is read
        }
        return ScalarKind.STRING; // strings, and timestamps such as 2010-09-09, which stay the literal text
    }

    private ScalarKind explicitKind(String name, Position at) {
        return switch (name) {
            case "str" -> ScalarKind.STRING;
            case "int" -> ScalarKind.INTEGER;
            case "float" -> ScalarKind.FLOAT;
            case "bool" -> ScalarKind.BOOLEAN;
            case "null" -> ScalarKind.NULL;
            default -> {
                issues.add(issue("E0011", at, "Tag '!!" + name + "' is not supported by CloudFormation "
                        + "(binary, timestamp, set, omap and pairs are not); remove it"));
                yield ScalarKind.STRING;
            }
        };
    }

    private ListNode sequence(CollectionStartEvent start, int depth, int valueStart) {
        List<Node> items = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            items.add(node(parser.getEvent(), depth + 1));
        }
        Event end = parser.getEvent();
        return new ListNode(items, positionAt(valueStart), valueStart, index(end.getEndMark()));
    }

    private MapNode mapping(CollectionStartEvent start, int depth, int valueStart) {
        List<MapNode.Entry> entries = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Event keyEvent = parser.getEvent();
            Position keyAt = positionAt(valueStart(keyEvent));
            String key;
            if (keyEvent instanceof ScalarEvent scalarKey) {
                key = scalarKey.getValue();
                if (scalarKey.getAnchor() != null) {
                    reportAnchor(keyAt, "Anchor '&" + scalarKey.getAnchor()
                            + "': CloudFormation does not support YAML anchors and aliases; remove it");
                }
                if (key.equals("<<") && scalarKey.isPlain()) {
                    reportAnchor(keyAt, "Merge key '<<': CloudFormation does not support YAML merge keys; "
                            + "write the merged keys out");
                }
            } else {
                Node complex = node(keyEvent, depth + 1);
                issues.add(issue("E0000", keyAt, "A mapping key must be a plain string, not a "
                        + (complex instanceof MapNode ? "mapping" : complex instanceof ListNode ? "sequence" : "value")));
                key = "?" + keyAt;
            }
            Node value = node(parser.getEvent(), depth + 1);
            entries.add(new MapNode.Entry(key, keyAt, value));
        }
        Event end = parser.getEvent();
        MapNode map = new MapNode(entries, positionAt(valueStart), valueStart, index(end.getEndMark()));
        if (map.size() < entries.size()) {
            reportDuplicates(entries); // the map kept the last of each key; say where both are
        }
        return map;
    }

    private void reportDuplicates(List<MapNode.Entry> entries) {
        Map<String, Position> seen = new HashMap<>();
        for (MapNode.Entry entry : entries) {
            Position keyAt = entry.keyPosition();
            Position first = seen.putIfAbsent(entry.key(), keyAt);
            if (first != null) {
                issues.add(issue("E0000", first, "Duplicate key '" + entry.key() + "' (again at line " + keyAt.line()
                        + "); CloudFormation keeps only the last one: remove or rename one of them"));
                issues.add(issue("E0000", keyAt, "Duplicate key '" + entry.key() + "' (first at line " + first.line()
                        + "); CloudFormation keeps only this one: remove or rename one of them"));
            }
        }
    }

    /**
     * Reports an anchor, alias or merge key. A hostile file (a "billion laughs") holds thousands of
     * aliases; listing each would bury every other finding, so after {@link #MAX_ANCHOR_REPORTS}
     * the rest are counted into one summary.
     */
    private void reportAnchor(Position at, String message) {
        anchorReports++;
        if (anchorReports <= MAX_ANCHOR_REPORTS) {
            issues.add(issue("E0013", at, message));
        } else if (firstUnreportedAnchor == null) {
            firstUnreportedAnchor = at;
        }
    }

    /** Whether the parser stopped on a tab: its message says so, or the line it stopped on is indented with one. */
    private boolean tabRelated(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem()) + String.valueOf(e.getContext());
        if (problem.contains("\\t") || problem.contains("\t") || problem.contains("TAB")) {
            return true;
        }
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (mark == null) {
            return false;
        }
        int at = Math.min(index(mark), text.length());
        int lineStart = at;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        for (int j = lineStart; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\t') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }

    /** Tabs may not indent YAML; report each line that does, with the fix. */
    private boolean reportTabIndentation() {
        boolean found = false;
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = true;
            } else if (lineStart && c == '\t') {
                issues.add(issue("E0014", positionAt(i),
                        "Tab used for indentation; YAML allows only spaces: replace the tab with spaces"));
                found = true;
                lineStart = false;
            } else if (c != ' ') {
                lineStart = false;
            }
        }
        return found;
    }

    private ParseIssue syntaxIssue(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Position at = mark == null ? Position.START : position(mark);
        String stacked = stackedTagsNear(at.line());
        if (stacked != null) {
            return issue("E0012", at, stacked);
        }
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
        return issue("E0000", at, "YAML syntax error: " + problem.strip() + context + "; check the indentation and quoting here");
    }

    private String stackedTagsNear(int line) {
        String[] lines = text.split("\n", -1);
        for (int l = Math.max(1, line - 1); l <= Math.min(lines.length, line); l++) {
            Matcher m = STACKED_TAGS.matcher(lines[l - 1]);
            if (m.find()) {
                return "Two short-form tags on one value ('!" + m.group(1) + " !" + m.group(2)
                        + "'); YAML allows one tag per node: write the outer one in full, e.g. 'Fn::" + m.group(1)
                        + ": !" + m.group(2) + " ...' (line " + l + ")";
            }
        }
        return null;
    }

    /**
     * Where a node's value starts. SnakeYAML starts a node at its tag or anchor ({@code !Sub} in
     * {@code !Sub "x"}); findings and in-place rewrites need the value itself, so skip the node's
     * properties and the blanks or comment after them.
     */
    private int valueStart(Event event) {
        int start = index(event.getStartMark());
        int end = index(event.getEndMark());
        int i = start;
        while (i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '&')) {
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && ",[]{}".indexOf(text.charAt(i)) < 0) {
                i++;
            }
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    i++;
                } else if (c == '#') {
                    while (i < text.length() && text.charAt(i) != '\n') {
                        i++;
                    }
                } else {
                    break;
                }
            }
        }
        // an empty value ("V: !Ref") ends where its tag does; never run past the node
        return event instanceof ScalarEvent && i > end ? Math.max(start, end) : i;
    }

    /** The 1-based line and column (lines as editors count them, columns in code points) of a char offset. */
    private Position positionAt(int charIndex) {
        if (lines == null) {
            lines = LineIndex.of(text);
        }
        return lines.position(charIndex);
    }

    /** A SnakeYAML mark as a position: from its offset, since its own line count takes U+2028 and NEL for line ends. */
    private Position position(Mark mark) {
        return positionAt(index(mark));
    }

    private int index(Mark mark) {
        int cp = mark.getIndex();
        if (charIndexOfCodePoint == null) {
            return Math.min(cp, text.length());
        }
        return cp < charIndexOfCodePoint.length ? charIndexOfCodePoint[cp] : text.length();
    }

    private ParseIssue issue(String id, Position at, String message) {
        Severity severity = id.startsWith("W") ? Severity.WARNING : Severity.ERROR;
        return new ParseIssue(id, severity, at, message);
    }

    /** Char offsets of each code point, or null when every code point is one char (no surrogates). */
    private static int[] codePointOffsets(String text) {
        int count = text.codePointCount(0, text.length());
        if (count == text.length()) {
            return null;
        }
        int[] offsets = new int[count + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            offsets[cp++] = i;
        }
        offsets[cp] = text.length();
        return offsets;
    }

    private static final class TooDeep extends RuntimeException {
        private final Position position;

        TooDeep(Position position) {
            super(null, null, false, false);
            this.position = position;
        }
    }
}
