package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.lint.rules.schema.Candidates.Candidate;
import dev.collabinfra.spec.RegistrySchemas;
import dev.collabinfra.spec.ResourceSchema;
import dev.collabinfra.spec.StringFormat;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a template value against a registry schema the way CloudFormation would see it: each
 * branch of {@code Fn::If} on its own, the values {@link Candidates} finds behind a function, and
 * nothing for a value only known at deploy time. Every broken constraint goes to a {@link Sink}
 * with the keyword that broke and a message naming the property path.
 *
 * <p>Sub-schemas of {@code anyOf}/{@code oneOf}/{@code not}/{@code if} are evaluated silently.
 * An undecided value counts as a match for {@code anyOf}/{@code oneOf} (no finding without proof)
 * and as no match for {@code not}/{@code if} (a condition that may not hold applies nothing).
 */
final class SchemaValidator {

    /** Where broken constraints go. */
    interface Sink {
        /**
         * @param keyword the schema keyword that failed (enum, required, ...)
         * @param at where to report
         * @param dedupeKey what an equivalent legacy finding's message would contain, or null
         */
        void fail(String keyword, Position at, String message, String dedupeKey);

        /** True when only the verdict matters (no messages are built). */
        default boolean silent() {
            return false;
        }

        /** In silent mode: what an undecided value counts as. */
        default boolean undecidedPasses() {
            return true;
        }
    }

    private static final int MAX_DEPTH = 64;
    private static final int LISTED_VALUES = 12;

    private final RegistrySchemas schemas;
    private final Candidates candidates;
    private final String resourceId;
    private final Map<String, Object> root;
    private final MapNode propertiesNode;
    private final Position propertiesAt;

    /**
     * @param root the schema {@code $ref}s resolve against (the resource's, or an extension's)
     * @param propertiesNode the resource's Properties, whose missing properties are reported at {@code propertiesAt}
     */
    SchemaValidator(RegistrySchemas schemas, Candidates candidates, String resourceId,
            Map<String, Object> root, MapNode propertiesNode, Position propertiesAt) {
        this.schemas = schemas;
        this.candidates = candidates;
        this.resourceId = resourceId;
        this.root = root;
        this.propertiesNode = propertiesNode;
        this.propertiesAt = propertiesAt;
    }

    /** Validates {@code node} (at property path {@code path}, empty for Properties) against {@code schema}. */
    boolean validate(Node node, Object schema, String path, Sink sink) {
        return validate(node, schema, path, sink, 0);
    }

    @SuppressWarnings("unchecked")
    private boolean validate(Node node, Object schemaValue, String path, Sink sink, int depth) {
        if (Boolean.FALSE.equals(schemaValue)) {
            sink.fail("false", node.position(), sink.silent() ? null : name(path) + " must not be specified here; remove it", null);
            return false;
        }
        if (!(schemaValue instanceof Map<?, ?> raw) || depth > MAX_DEPTH) {
            return true;
        }
        Map<String, Object> schema = (Map<String, Object>) raw;
        if (isNoValue(node)) {
            return true;
        }
        Optional<List<Node>> branches = ifBranches(node);
        if (branches.isPresent()) {
            boolean ok = true;
            for (Node branch : branches.get()) {
                ok &= validate(branch, schema, path, sink, depth + 1);
            }
            return ok;
        }
        if (node instanceof MapNode map && Intrinsics.isFunction(map)) {
            List<Candidate> values = candidates.of(map);
            if (values.isEmpty()) {
                return sink.undecidedPasses();
            }
            boolean ok = true;
            for (Candidate c : values) {
                ok &= validate(c.value(), schema, path, via(sink, map.position(), c.via(), c.isDefault()), depth + 1);
            }
            return ok;
        }
        if (node instanceof ScalarNode s && (s.value().contains("{{resolve:") || s.kind() == ScalarKind.NULL)) {
            return sink.undecidedPasses();
        }
        boolean ok = true;
        Object ref = schema.get("$ref");
        if (ref instanceof String r) {
            Optional<Object> target = resolve(r);
            if (target.isPresent()) {
                ok &= validate(node, target.get(), path, sink, depth + 1);
            }
        }
        if (!type(node, schema.get("type"), path, sink)) {
            return false;
        }
        ok &= applicators(node, schema, path, sink, depth);
        if (node instanceof ScalarNode scalar) {
            ok &= ScalarChecks.check(this, scalar, schema, path, sink);
        } else if (node instanceof ListNode list) {
            ok &= array(list, schema, path, sink, depth);
        } else if (node instanceof MapNode map) {
            ok &= ObjectChecks.check(this, map, schema, path, sink, depth);
        }
        return ok;
    }

    /** Validation one level down, for the object and array checks. */
    boolean child(Node node, Object schema, String path, Sink sink, int depth) {
        return validate(node, schema, path, sink, depth + 1);
    }

    @SuppressWarnings("unchecked")
    private boolean applicators(Node node, Map<String, Object> schema, String path, Sink sink, int depth) {
        boolean ok = true;
        if (schema.get("allOf") instanceof List<?> all) {
            for (Object sub : all) {
                ok &= validate(node, sub, path, sink, depth + 1);
            }
        }
        if (schema.get("anyOf") instanceof List<?> any) {
            int matches = matches(node, any, path, depth, true);
            if (matches == 0) {
                sink.fail("anyOf", at(node), sink.silent() ? null : where(path) + " must have at least one of " + Describe.alternatives(any), null);
                bestMatch(node, any, path, sink, depth);
                ok = false;
            }
        }
        if (schema.get("oneOf") instanceof List<?> one) {
            int matches = matches(node, one, path, depth, true);
            if (matches == 0 || (matches > 1 && Describe.allRequire(one) && matches(node, one, path, depth, false) > 1)) {
                sink.fail("oneOf", at(node), sink.silent() ? null : where(path) + " must have exactly one of "
                        + Describe.alternatives(one) + (matches > 1 ? ", not several" : ""), null);
                if (matches == 0) {
                    bestMatch(node, one, path, sink, depth);
                }
                ok = false;
            }
        }
        if (schema.containsKey("not") && verdict(node, schema.get("not"), path, depth, false)) {
            sink.fail("not", at(node), sink.silent() ? null : where(path) + " must not " + Describe.schema(schema.get("not")), null);
            ok = false;
        }
        if (schema.containsKey("if") && (schema.containsKey("then") || schema.containsKey("else"))) {
            boolean holds = verdict(node, schema.get("if"), path, depth, false);
            Object branch = holds ? schema.get("then") : (verdict(node, schema.get("if"), path, depth, true) ? null : schema.get("else"));
            if (branch != null) {
                ok &= validate(node, branch, path, sink, depth + 1);
            }
        }
        return ok;
    }

    /**
     * When no alternative matches and only one has the value's type (the list form of KeySchema,
     * say), its own findings say what is wrong better than "no alternative matched".
     */
    private void bestMatch(Node node, List<?> alternatives, String path, Sink sink, int depth) {
        if (sink.silent()) {
            return;
        }
        Object only = null;
        int fitting = 0;
        for (Object alternative : alternatives) {
            Object shape = alternative;
            if (alternative instanceof Map<?, ?> m && m.get("$ref") instanceof String r && !m.containsKey("type")) {
                shape = resolve(r).orElse(alternative);
            }
            Object type = shape instanceof Map<?, ?> m ? m.get("type") : null;
            if (type != null && typeFits(node, type)) {
                fitting++;
                only = alternative;
            }
        }
        if (fitting == 1) {
            validate(node, only, path, sink, depth + 1);
        } else if (fitting == 0 && alternatives.stream().allMatch(a -> a instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("format"))) {
            for (Object alternative : alternatives) {
                validate(node, alternative, path, sink, depth + 1); // each format's own id, as cfn-lint reports them
            }
        }
    }

    private static boolean typeFits(Node node, Object type) {
        for (Object t : type instanceof List<?> list ? list : List.of(type)) {
            if (Types.fits(node, String.valueOf(t))) {
                return true;
            }
        }
        return false;
    }

    private int matches(Node node, List<?> alternatives, String path, int depth, boolean undecidedPasses) {
        int count = 0;
        for (Object alternative : alternatives) {
            if (verdict(node, alternative, path, depth, undecidedPasses)) {
                count++;
            }
        }
        return count;
    }

    /** Silently evaluates a sub-schema. */
    private boolean verdict(Node node, Object schema, String path, int depth, boolean undecidedPasses) {
        Sink quiet = new Sink() {
            @Override
            public void fail(String keyword, Position at, String message, String dedupeKey) {}

            @Override
            public boolean silent() {
                return true;
            }

            @Override
            public boolean undecidedPasses() {
                return undecidedPasses;
            }
        };
        return validate(node, schema, path, quiet, depth + 1);
    }

    private boolean type(Node node, Object type, String path, Sink sink) {
        if (type == null) {
            return true;
        }
        List<?> types = type instanceof List<?> list ? list : List.of(type);
        for (Object t : types) {
            if (Types.fits(node, String.valueOf(t))) {
                return true;
            }
        }
        sink.fail("type", node.position(), sink.silent() ? null : name(path) + " must be " + Types.describe(types) + ", not "
                + Types.describeValue(node), "must be");
        return false;
    }

    private boolean array(ListNode list, Map<String, Object> schema, String path, Sink sink, int depth) {
        boolean ok = true;
        Object items = schema.get("items");
        Object prefix = schema.get("prefixItems");
        for (int i = 0; i < list.size(); i++) {
            String itemPath = path + "[" + i + "]";
            // as in cfn-lint, items applies to every item and prefixItems on top (draft 7 with a prefixItems keyword)
            if (items != null) {
                ok &= validate(list.get(i), items, itemPath, sink, depth + 1);
            }
            if (prefix instanceof List<?> p && i < p.size()) {
                ok &= validate(list.get(i), p.get(i), itemPath, renamed(sink, "prefixItems"), depth + 1);
            }
        }
        ok &= ArrayChecks.check(list, schema, path, sink, this);
        return ok;
    }

    /** Reports a sub-schema's failures under another keyword (prefixItems keep cfn-lint's E3008). */
    static Sink renamed(Sink sink, String keyword) {
        return new Sink() {
            @Override
            public void fail(String k, Position at, String message, String dedupeKey) {
                if (!k.equals("required") || sink.silent()) {
                    sink.fail(keyword, at, message, dedupeKey); // a missing property is E3003's, found through items
                }
            }

            @Override
            public boolean silent() {
                return sink.silent();
            }

            @Override
            public boolean undecidedPasses() {
                return sink.undecidedPasses();
            }
        };
    }

    /** Reports a candidate's failures at the function, saying where the value came from. */
    private static Sink via(Sink sink, Position function, String via, boolean warning) {
        return new Sink() {
            @Override
            public void fail(String keyword, Position at, String message, String dedupeKey) {
                sink.fail(warning ? "warn:" + keyword : keyword, function, message == null ? null : message + " (value from " + via + ")", null);
            }

            @Override
            public boolean silent() {
                return sink.silent();
            }

            @Override
            public boolean undecidedPasses() {
                return sink.undecidedPasses();
            }
        };
    }

    Optional<Object> resolve(String ref) {
        if (!ref.startsWith("#/")) {
            return Optional.empty();
        }
        Object at = root;
        for (String part : ref.substring(2).split("/")) {
            if (!(at instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            at = map.get(part.replace("~1", "/").replace("~0", "~"));
        }
        return Optional.ofNullable(at);
    }

    Optional<Pattern> pattern(String regex) {
        return schemas.pattern(regex);
    }

    Optional<StringFormat> format(String name) {
        return schemas.format(name);
    }

    /** Where a missing property is reported: Properties' key for the resource itself. */
    Position at(Node node) {
        return node == propertiesNode ? propertiesAt : node.position();
    }

    /** {@code Table.BillingMode}: the resource and the property path. */
    String name(String path) {
        return path.isEmpty() ? resourceId : resourceId + "." + path;
    }

    /** {@code resource 'Table'} or {@code Table.KeySchema[0]}. */
    String where(String path) {
        return path.isEmpty() ? "resource '" + resourceId + "'" : resourceId + "." + path;
    }

    static boolean isNoValue(Node node) {
        return node instanceof MapNode map && map.size() == 1 && map.getString("Ref").filter("AWS::NoValue"::equals).isPresent();
    }

    /** The two branches of an {@code Fn::If} (without {@code AWS::NoValue}), or empty when the node is not one. */
    static Optional<List<Node>> ifBranches(Node node) {
        if (node instanceof MapNode map && map.size() == 1 && map.get("Fn::If").orElse(null) instanceof ListNode args && args.size() == 3) {
            List<Node> branches = new java.util.ArrayList<>(2);
            for (int i = 1; i < 3; i++) {
                if (!isNoValue(args.get(i))) {
                    branches.add(args.get(i));
                }
            }
            return Optional.of(branches);
        }
        return Optional.empty();
    }

    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        try {
            return value == null ? null : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
