package dev.collabinfra.lint.rules.dynamodb;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * E3039: a DynamoDB table defines in AttributeDefinitions exactly the attributes its key schemas
 * use (table, global and local secondary indexes); DynamoDB rejects both an undefined key
 * attribute and a defined attribute no key uses (cfn-lint E3039). Judged only when every part is literal.
 */
public final class KeyAttributesRule implements Rule {

    @Override
    public String id() {
        return "E3039";
    }

    @Override
    public String description() {
        return "DynamoDB AttributeDefinitions match the attributes of the key schemas";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::DynamoDB::Table")) {
            MapNode p = r.properties();
            // no AttributeDefinitions at all defines nothing: DynamoDB then rejects every key attribute
            Optional<Set<String>> defined = p.containsKey("AttributeDefinitions")
                    ? names(p.get("AttributeDefinitions").orElse(null)) : Optional.of(Set.of());
            Optional<Set<String>> keys = names(p.get("KeySchema").orElse(null));
            if (defined.isEmpty() || keys.isEmpty()) {
                continue;
            }
            Set<String> used = new TreeSet<>(keys.get());
            boolean known = true;
            for (String index : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
                Node indexes = p.get(index).orElse(null);
                if (indexes == null) {
                    continue;
                }
                if (!(indexes instanceof ListNode list)) {
                    known = false;
                    continue;
                }
                for (Node item : list.items()) {
                    Optional<Set<String>> k = item instanceof MapNode m ? names(m.get("KeySchema").orElse(null)) : Optional.empty();
                    if (k.isEmpty()) {
                        known = false;
                    } else {
                        used.addAll(k.get());
                    }
                }
            }
            if (!known) {
                continue;
            }
            Set<String> undefined = new TreeSet<>(used);
            undefined.removeAll(defined.get());
            Set<String> unused = new TreeSet<>(defined.get());
            unused.removeAll(used);
            if (undefined.isEmpty() && unused.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (!undefined.isEmpty()) {
                parts.add("key attributes " + undefined + " are not in AttributeDefinitions (add them with their AttributeType)");
            }
            if (!unused.isEmpty()) {
                parts.add("AttributeDefinitions " + unused + " are used by no KeySchema (remove them: only key attributes are defined)");
            }
            ctx.report(r.node().entry("Properties").map(MapNode.Entry::keyPosition).orElse(r.at()),
                    "Table '" + r.logicalId() + "': " + String.join("; ", parts));
        }
    }

    /** The literal AttributeName of each item, or empty when the list or a name is not literal. */
    private static Optional<Set<String>> names(Node list) {
        if (!(list instanceof ListNode items)) {
            return Optional.empty();
        }
        Set<String> out = new TreeSet<>();
        for (Node item : items.items()) {
            if (!(item instanceof MapNode map) || !(map.get("AttributeName").orElse(null) instanceof ScalarNode name)) {
                return Optional.empty();
            }
            out.add(name.value());
        }
        return Optional.of(out);
    }
}
