package dev.collabinfra.lint.resolve;

import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the nodes of one stack's template for one environment: {@code Ref} (parameters and
 * pseudo parameters), {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split},
 * {@code Fn::FindInMap}, {@code Fn::If}, {@code Fn::GetAZs}, {@code Fn::Cidr}, {@code Fn::Base64},
 * {@code Fn::Length}, {@code Fn::ToJsonString}, nested outputs through {@code Fn::GetAtt}, and the
 * conditions. Whatever depends on a deployed resource is {@link Value.Unknown}. Functions that
 * would fail with the environment's values are reported as {@link Problem}s.
 */
final class StackEvaluator {

    /** Texts longer than this are not built (a bound on memory); the value becomes unknown. */
    static final int MAX_TEXT = 1_000_000;

    /** Lists longer than this ({@code Fn::Split} of a long text) are not built either. */
    static final int MAX_ITEMS = 10_000;

    /** Reads an output of a nested stack of this template. */
    interface NestedOutputs {
        Value output(String stackLogicalId, String outputName);
    }

    private final ResolvedStack stack;
    private final Template template;
    private final Deployment deployment;
    private final Map<String, Value> parameters;
    private final boolean root;
    private final NestedOutputs nested;
    private final java.util.function.Consumer<Problem> problems;
    private final AvailabilityZones zones;
    private final Conditions conditions;

    StackEvaluator(ResolvedStack stack, Template template, Deployment deployment, Map<String, Value> parameters, boolean root,
            NestedOutputs nested, java.util.function.Consumer<Problem> problems, AvailabilityZones zones) {
        this.stack = stack;
        this.template = template;
        this.deployment = deployment;
        this.parameters = parameters;
        this.root = root;
        this.nested = nested;
        this.problems = problems;
        this.zones = zones;
        this.conditions = new Conditions(template, this::resolve);
    }

    Value parameter(String name) {
        return parameters.getOrDefault(name, new Value.Unknown("parameter " + name));
    }

    /** What a node resolves to. */
    Value resolve(Node node) {
        if (node instanceof ScalarNode scalar) {
            return Value.Text.literal(scalar.value());
        }
        if (node instanceof ListNode list) {
            List<Value> items = new ArrayList<>(list.size());
            for (Node item : list.items()) {
                Value v = resolve(item);
                if (!(v instanceof Value.Absent)) {
                    items.add(v);
                }
            }
            return new Value.Items(items, List.of());
        }
        MapNode map = (MapNode) node;
        Optional<String> function = Intrinsics.functionName(map);
        if (function.isPresent()) {
            return call(map, function.get(), Intrinsics.argument(map));
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        for (MapNode.Entry entry : map.entries()) {
            Value v = resolve(entry.value());
            if (!(v instanceof Value.Absent)) {
                fields.put(entry.key(), v);
            }
        }
        return new Value.Fields(fields);
    }

    private Value call(MapNode call, String function, Node arg) {
        switch (function) {
            case "Ref":
                return arg instanceof ScalarNode name ? ref(name.value()) : unknown("a Ref that is not a name");
            case "Fn::Sub":
                return sub(arg);
            case "Fn::Join":
                return join(arg);
            case "Fn::Select":
                return select(call, arg);
            case "Fn::Split":
                return split(arg);
            case "Fn::FindInMap":
                return findInMap(call, arg);
            case "Fn::If":
                return ifThen(arg);
            case "Fn::GetAZs":
                return getAzs(arg);
            case "Fn::Cidr":
                return cidr(call, arg);
            case "Fn::Base64": {
                Value v = resolve(arg);
                return v instanceof Value.Text t
                        ? new Value.Text(Base64.getEncoder().encodeToString(t.text().getBytes(StandardCharsets.UTF_8)), t.feeds())
                        : unknownOr(v, "Fn::Base64 of a value that is not text");
            }
            case "Fn::Length": {
                Value v = resolve(arg);
                return v instanceof Value.Items l ? new Value.Text(Integer.toString(l.items().size()), l.feeds())
                        : unknownOr(v, "Fn::Length of a value that is not a list");
            }
            case "Fn::ToJsonString":
                return Json.toJson(resolve(arg)).map(t -> (Value) t).orElse(unknown("Fn::ToJsonString of an unknown value"));
            case "Fn::GetAtt":
                return getAtt(arg);
            case "Fn::ImportValue":
                return unknown("an export of another stack (Fn::ImportValue)");
            default:
                return unknown(function);
        }
    }

    private static Value unknown(String why) {
        return new Value.Unknown(why);
    }

    private static Value unknownOr(Value v, String why) {
        return v instanceof Value.Unknown ? v : new Value.Unknown(why);
    }

    Value ref(String name) {
        if (name.equals("AWS::NoValue")) {
            return new Value.Absent();
        }
        if (name.startsWith("AWS::")) {
            return Pseudo.value(name, deployment, root);
        }
        if (parameters.containsKey(name)) {
            return parameters.get(name);
        }
        return unknown(template.resources().containsKey(name) ? "the physical id of " + name : "Ref " + name);
    }

    private Value getAtt(Node arg) {
        String resource;
        String attribute;
        if (arg instanceof ScalarNode s && s.value().contains(".")) {
            resource = s.value().substring(0, s.value().indexOf('.'));
            attribute = s.value().substring(s.value().indexOf('.') + 1);
        } else if (arg instanceof ListNode l && l.size() == 2 && l.get(0) instanceof ScalarNode r) {
            Value a = resolve(l.get(1));
            if (!(a instanceof Value.Text t)) {
                return unknown("Fn::GetAtt with an unknown attribute");
            }
            resource = r.value();
            attribute = t.text();
        } else {
            return unknown("Fn::GetAtt");
        }
        return attribute(resource, attribute);
    }

    private Value attribute(String resource, String attribute) {
        if (attribute.startsWith("Outputs.")) {
            return nested.output(resource, attribute.substring("Outputs.".length()));
        }
        return unknown("the attribute " + resource + "." + attribute);
    }

    private Value sub(Node arg) {
        String text;
        Map<String, Node> variables = new HashMap<>();
        if (arg instanceof ScalarNode s) {
            text = s.value();
        } else if (arg instanceof ListNode l && l.size() == 2 && l.get(0) instanceof ScalarNode s && l.get(1) instanceof MapNode vars) {
            text = s.value();
            for (MapNode.Entry entry : vars.entries()) {
                variables.put(entry.key(), entry.value());
            }
        } else {
            return unknown("a malformed Fn::Sub");
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        List<Feed> feeds = List.of();
        int from = 0;
        while (true) {
            int start = text.indexOf("${", from);
            if (start < 0) {
                out.append(text, from, text.length());
                break;
            }
            out.append(text, from, start);
            if (start + 2 < text.length() && text.charAt(start + 2) == '!') {
                out.append("${"); // ${!Literal} is the escape for a literal ${Literal}
                from = start + 3;
                continue;
            }
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                out.append(text, start, text.length());
                break;
            }
            String name = text.substring(start + 2, end).strip();
            Value v;
            if (variables.containsKey(name)) {
                v = resolve(variables.get(name));
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                v = attribute(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1));
            } else {
                v = ref(name);
            }
            if (!(v instanceof Value.Text t)) {
                return unknownOr(v, "${" + name + "} is not text");
            }
            out.append(t.text());
            feeds = Feed.union(feeds, t.feeds());
            if (out.length() > MAX_TEXT) {
                return unknown("a text over " + MAX_TEXT + " characters");
            }
            from = end + 1;
        }
        return new Value.Text(out.toString(), feeds);
    }

    private Value join(Node arg) {
        if (!(arg instanceof ListNode l) || l.size() != 2) {
            return unknown("a malformed Fn::Join");
        }
        Value delimiter = resolve(l.get(0));
        Value list = resolve(l.get(1));
        if (!(delimiter instanceof Value.Text d) || !(list instanceof Value.Items items)) {
            return unknownOr(list instanceof Value.Unknown ? list : delimiter, "Fn::Join of unknown values");
        }
        StringBuilder out = new StringBuilder();
        List<Feed> feeds = Feed.union(d.feeds(), items.feeds());
        boolean first = true;
        for (Value item : items.items()) {
            if (!(item instanceof Value.Text t)) {
                return unknownOr(item, "Fn::Join of a list with non-text items");
            }
            if (!first) {
                out.append(d.text());
            }
            first = false;
            out.append(t.text());
            feeds = Feed.union(feeds, t.feeds());
            if (out.length() > MAX_TEXT) {
                return unknown("a text over " + MAX_TEXT + " characters");
            }
        }
        return new Value.Text(out.toString(), feeds);
    }

    private Value select(MapNode call, Node arg) {
        if (!(arg instanceof ListNode l) || l.size() != 2) {
            return unknown("a malformed Fn::Select");
        }
        Value index = resolve(l.get(0));
        Value list = resolve(l.get(1));
        if (!(index instanceof Value.Text i) || !(list instanceof Value.Items items)) {
            return unknownOr(list instanceof Value.Unknown ? list : index, "Fn::Select of unknown values");
        }
        List<Feed> feeds = Feed.union(i.feeds(), items.feeds());
        int n;
        try {
            n = Integer.parseInt(i.text().strip());
        } catch (NumberFormatException e) {
            problem(call, "Fn::Select index '" + i.text() + "' is not a whole number", feeds, false);
            return unknown("Fn::Select with a bad index");
        }
        if (n < 0 || n >= items.items().size()) {
            boolean zonesList = Intrinsics.functionName(l.get(1)).filter("Fn::GetAZs"::equals).isPresent();
            String of = zonesList ? "the " + items.items().size() + " availability zones Fn::GetAZs returns in " + zoneRegion(l.get(1))
                    + " (" + texts(items) + ")" : "the " + items.items().size() + "-item list (" + texts(items) + ")";
            problem(call, "Fn::Select index " + n + " is past the end of " + of + "; indexes start at 0, so CloudFormation"
                    + " fails the stack" + (zonesList ? ": use a region with more zones, or take the zone from a parameter" : ""),
                    feeds, zonesList);
            return unknown("Fn::Select out of range");
        }
        return Value.withFeeds(items.items().get(n), feeds);
    }

    private String zoneRegion(Node getAzs) {
        Value v = resolve(Intrinsics.argument((MapNode) getAzs));
        String region = v instanceof Value.Text t ? t.text() : "";
        return region.isEmpty() ? String.valueOf(deployment.region()) : region;
    }

    private static String texts(Value.Items items) {
        List<String> out = new ArrayList<>();
        for (Value item : items.items()) {
            out.add(item instanceof Value.Text t ? (t.secret() ? "(hidden)" : t.text()) : "?");
            if (out.size() == 8) {
                out.add("...");
                break;
            }
        }
        return String.join(", ", out);
    }

    private Value split(Node arg) {
        if (!(arg instanceof ListNode l) || l.size() != 2) {
            return unknown("a malformed Fn::Split");
        }
        Value delimiter = resolve(l.get(0));
        Value source = resolve(l.get(1));
        if (!(delimiter instanceof Value.Text d) || d.text().isEmpty() || !(source instanceof Value.Text s)) {
            return unknownOr(source instanceof Value.Unknown ? source : delimiter, "Fn::Split of unknown values");
        }
        List<Feed> feeds = Feed.union(d.feeds(), s.feeds());
        List<Value> items = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = s.text().indexOf(d.text(), from);
            if (at < 0) {
                items.add(new Value.Text(s.text().substring(from), feeds));
                break;
            }
            items.add(new Value.Text(s.text().substring(from, at), feeds));
            from = at + d.text().length();
            if (items.size() > MAX_ITEMS) {
                return unknown("a list of more than " + MAX_ITEMS + " items");
            }
        }
        return new Value.Items(items, feeds);
    }

    private Value findInMap(MapNode call, Node arg) {
        if (!(arg instanceof ListNode l) || l.size() < 3 || l.size() > 4) {
            return unknown("a malformed Fn::FindInMap");
        }
        Value mapName = resolve(l.get(0));
        Value top = resolve(l.get(1));
        Value second = resolve(l.get(2));
        if (!(mapName instanceof Value.Text m) || !(top instanceof Value.Text t) || !(second instanceof Value.Text s)) {
            return unknown("Fn::FindInMap with unknown keys");
        }
        List<Feed> feeds = Feed.union(Feed.union(m.feeds(), t.feeds()), s.feeds());
        Optional<MapNode> mapping = template.mappings().getMap(m.text());
        if (mapping.isEmpty()) {
            return unknown("mapping " + m.text()); // E1011 names a missing mapping
        }
        Optional<MapNode> level = mapping.get().getMap(t.text());
        Optional<Node> found = level.flatMap(x -> x.get(s.text()));
        if (found.isPresent()) {
            return Value.withFeeds(resolve(found.get()), feeds);
        }
        if (l.size() == 4 && l.get(3) instanceof MapNode options && options.get("DefaultValue").isPresent()) {
            return resolve(options.get("DefaultValue").get());
        }
        String missing = level.isEmpty()
                ? "no key '" + t.text() + "' in mapping '" + m.text() + "' (keys: " + keys(mapping.get()) + ")"
                : "no key '" + s.text() + "' under '" + t.text() + "' in mapping '" + m.text() + "' (keys: " + keys(level.get()) + ")";
        problem(call, "Fn::FindInMap finds " + missing + ", so CloudFormation fails the stack; add the key to the mapping"
                + " or give Fn::FindInMap a DefaultValue (AWS::LanguageExtensions)", feeds, false);
        return unknown("a missing mapping key");
    }

    /** The first keys of a mapping level, for a message: a region map lists thirty. */
    private static String keys(MapNode level) {
        List<String> keys = new ArrayList<>(level.keys());
        return keys.size() <= 10 ? String.join(", ", keys) : String.join(", ", keys.subList(0, 10)) + " and " + (keys.size() - 10) + " more";
    }

    private Value ifThen(Node arg) {
        if (!(arg instanceof ListNode l) || l.size() != 3 || !(l.get(0) instanceof ScalarNode name)) {
            return unknown("a malformed Fn::If");
        }
        Truth truth = condition(name.value());
        if (truth == Truth.UNKNOWN) {
            return unknown("condition " + name.value());
        }
        return resolve(l.get(truth == Truth.TRUE ? 1 : 2));
    }

    private Value getAzs(Node arg) {
        Value v = resolve(arg);
        if (!(v instanceof Value.Text t)) {
            return unknownOr(v, "Fn::GetAZs of an unknown region");
        }
        String region = t.text().isEmpty() ? deployment.region() : t.text();
        List<Feed> feeds = t.text().isEmpty() ? deployment.feed("region").map(List::of).orElse(List.of()) : t.feeds();
        if (region == null) {
            return unknown("the zones of an unknown region");
        }
        Optional<List<String>> names = zones.of(region);
        if (names.isEmpty()) {
            return unknown("the zones of " + region + ", which the plugin's zone data does not list");
        }
        List<Value> items = new ArrayList<>();
        for (String zone : names.get()) {
            items.add(new Value.Text(zone, feeds));
        }
        return new Value.Items(items, feeds);
    }

    private Value cidr(MapNode call, Node arg) {
        if (!(arg instanceof ListNode l) || l.size() != 3) {
            return unknown("a malformed Fn::Cidr");
        }
        Value block = resolve(l.get(0));
        Value count = resolve(l.get(1));
        Value bits = resolve(l.get(2));
        if (!(block instanceof Value.Text b) || !(count instanceof Value.Text c) || !(bits instanceof Value.Text h)) {
            return unknown("Fn::Cidr of unknown values");
        }
        List<Feed> feeds = Feed.union(Feed.union(b.feeds(), c.feeds()), h.feeds());
        Cidrs.Result result;
        try {
            result = Cidrs.split(b.text().strip(), Integer.parseInt(c.text().strip()), Integer.parseInt(h.text().strip()));
        } catch (NumberFormatException e) {
            problem(call, "Fn::Cidr takes whole numbers for the count and the subnet bits, not '" + c.text() + "' and '"
                    + h.text() + "'", feeds, false);
            return unknown("Fn::Cidr with bad numbers");
        }
        if (result.problem() != null) {
            problem(call, "Fn::Cidr cannot split the block: " + (b.secret() ? "(value hidden)" : result.problem()), feeds, false);
            return unknown("Fn::Cidr that fails");
        }
        List<Value> items = new ArrayList<>();
        for (String subnet : result.subnets()) {
            items.add(new Value.Text(subnet, feeds));
        }
        return new Value.Items(items, feeds);
    }

    /** A condition of this template, evaluated once; a cycle or an unknown input gives UNKNOWN. */
    Truth condition(String name) {
        return conditions.condition(name);
    }

    private void problem(Node node, String message, List<Feed> feeds, boolean evenIfLiteral) {
        // a function that fails with literal arguments fails for every environment: the template rules report those
        if (!feeds.isEmpty() || evenIfLiteral) {
            problems.accept(new Problem(stack, node, message, feeds));
        }
    }
}
