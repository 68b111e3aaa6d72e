package dev.collabinfra.lint.rules.spec;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.References;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * W1001: a {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub} variable names a resource that
 * exists only when its {@code Condition} is true, from a place where that condition is not known
 * to hold: a resource or output without the same condition, outside an {@code Fn::If} on it.
 * A condition counts as holding when it is the same condition, one defined identically, an
 * {@code Fn::And} that includes it, or when the target's condition is an {@code Fn::Or} of it;
 * in the false branch of an {@code Fn::If} on a condition defined as {@code Fn::Not} of it, too.
 */
public final class ConditionalReferencesRule implements Rule {

    private static final int MAX_DEPTH = 16;

    @Override
    public String id() {
        return "W1001";
    }

    @Override
    public String description() {
        return "Ref/GetAtt to a conditional resource only where its condition holds";
    }

    @Override
    public void check(LintContext ctx) {
        MapNode resources = ctx.template().resources();
        MapNode conditions = ctx.template().conditions();
        Implications implications = new Implications(conditions);
        scanSection(ctx, resources, "resource", resources, implications);
        scanSection(ctx, ctx.template().outputs(), "output", resources, implications);
    }

    private void scanSection(LintContext ctx, MapNode section, String what, MapNode resources, Implications conditions) {
        for (MapNode.Entry entry : section.entries()) {
            if (!(entry.value() instanceof MapNode item)) {
                continue;
            }
            Optional<String> own = item.getString("Condition");
            References.collect(item, NodePath.ROOT).forEach(ref -> {
                if (ref.target().equals(entry.key())) {
                    return;
                }
                Optional<String> needed = resources.getMap(ref.target()).flatMap(r -> r.getString("Condition"));
                if (needed.isEmpty()) {
                    return;
                }
                Set<String> holding = new HashSet<>(ref.conditions());
                own.ifPresent(holding::add);
                for (String c : holding) {
                    if (conditions.implies(c, needed.get(), 0)) {
                        return;
                    }
                }
                String from = own.map(c -> " (condition '" + c + "')").orElse(" (no condition)");
                ctx.report(ref.call(), ref.spelled() + " in " + what + " '" + entry.key() + "'" + from + " names resource '" + ref.target()
                        + "', which exists only when condition '" + needed.get() + "' is true; give " + what + " '" + entry.key()
                        + "' 'Condition: " + needed.get() + "' or wrap the value in !If [" + needed.get() + ", ..., !Ref AWS::NoValue]");
            });
        }
    }

    /**
     * The implication check, memoized per template by (held, needed, depth): seventeen levels of
     * {@code Fn::And} of four conditions each would otherwise be searched 4^17 times over.
     */
    private static final class Implications {
        private final MapNode conditions;
        private final java.util.Map<String, Boolean> memo = new java.util.HashMap<>();

        Implications(MapNode conditions) {
            this.conditions = conditions;
        }

        /** Whether condition {@code held} being true guarantees {@code needed} is true. */
        boolean implies(String held, String needed, int depth) {
            if (held.equals(needed)) {
                return true;
            }
            if (depth > MAX_DEPTH) {
                return false;
            }
            String key = depth + "\u0000" + held + "\u0000" + needed;
            Boolean known = memo.get(key);
            if (known == null) {
                known = compute(held, needed, depth);
                memo.put(key, known);
            }
            return known;
        }

        private boolean compute(String held, String needed, int depth) {
            if (held.startsWith(References.NOT)) {
                return falseImplies(held.substring(References.NOT.length()), needed, depth);
            }
            Optional<Node> heldDef = conditions.get(held);
            Optional<Node> neededDef = conditions.get(needed);
            if (heldDef.isPresent() && neededDef.isPresent() && same(heldDef.get(), neededDef.get())) {
                return true;
            }
            for (String part : operands(heldDef, "Fn::And")) {
                if (implies(part, needed, depth + 1)) {
                    return true;
                }
            }
            for (String part : operands(neededDef, "Fn::Or")) {
                if (implies(held, part, depth + 1)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether condition {@code falseOne} being false guarantees {@code needed}: when it is defined as
         * {@code Fn::Not} of {@code needed} (by name or by the same expression), or {@code needed} is
         * defined as {@code Fn::Not} of it.
         */
        private boolean falseImplies(String falseOne, String needed, int depth) {
            Optional<Node> negated = notArgument(conditions.get(falseOne));
            if (negated.isPresent()) {
                Optional<String> name = conditionName(negated.get());
                if (name.isPresent() && implies(name.get(), needed, depth + 1)) {
                    return true;
                }
                Optional<Node> neededDef = conditions.get(needed);
                if (neededDef.isPresent() && same(negated.get(), neededDef.get())) {
                    return true;
                }
            }
            return notArgument(conditions.get(needed)).flatMap(ConditionalReferencesRule::conditionName).filter(falseOne::equals).isPresent();
        }
    }

    /** X of a definition {@code Fn::Not: [X]}. */
    private static Optional<Node> notArgument(Optional<Node> definition) {
        return definition.filter(MapNode.class::isInstance).map(MapNode.class::cast)
                .filter(m -> m.size() == 1).flatMap(m -> m.get("Fn::Not"))
                .filter(ListNode.class::isInstance).map(ListNode.class::cast)
                .filter(l -> l.size() == 1).map(l -> l.get(0));
    }

    /** Y of {@code {Condition: Y}}. */
    private static Optional<String> conditionName(Node node) {
        return node instanceof MapNode m && m.size() == 1 ? m.getString("Condition") : Optional.empty();
    }

    /** The named conditions ({@code {Condition: X}}) combined by an And/Or definition. */
    private static Set<String> operands(Optional<Node> definition, String function) {
        Set<String> names = new HashSet<>();
        definition.filter(MapNode.class::isInstance).map(MapNode.class::cast).flatMap(m -> m.get(function)).ifPresent(args -> {
            if (args instanceof ListNode list) {
                for (Node item : list.items()) {
                    if (item instanceof MapNode m && m.size() == 1) {
                        m.getString("Condition").ifPresent(names::add);
                    }
                }
            }
        });
        return names;
    }

    /** Structural equality of two definitions, comparing values as CloudFormation sees them. */
    private static boolean same(Node a, Node b) {
        if (a instanceof ScalarNode x && b instanceof ScalarNode y) {
            return x.value().equals(y.value());
        }
        if (a instanceof ListNode x && b instanceof ListNode y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof MapNode x && b instanceof MapNode y) {
            if (!x.keys().equals(y.keys())) {
                return false;
            }
            for (MapNode.Entry e : x.entries()) {
                if (!same(e.value(), y.get(e.key()).orElseThrow())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
