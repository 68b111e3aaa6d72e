package dev.collabinfra.lint.rules.spec;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.schema.SchemaViolations;
import dev.collabinfra.spec.PropertySpec;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Suggestions;
import java.util.Map;
import java.util.TreeSet;

/** E3002: a property the resource type (or nested property type) does not have, with "did you mean". */
public final class PropertyNamesKnownRule implements Rule {

    @Override
    public String id() {
        return "E3002";
    }

    @Override
    public String description() {
        return "Resource properties (and nested property names) exist in the resource specification";
    }

    @Override
    public void check(LintContext ctx) {
        PropertyWalker.walk(ctx, new PropertyWalker.Visitor() {
            @Override
            public void object(String where, Position at, MapNode value, Map<String, PropertySpec> properties) {
                for (MapNode.Entry entry : value.entries()) {
                    if (!properties.containsKey(entry.key())) {
                        String hint = Suggestions.closest(entry.key(), properties.keySet()).map(s -> "; did you mean '" + s + "'?")
                                .orElse(properties.isEmpty() ? "; it takes no properties"
                                        : "; valid properties: " + String.join(", ", new TreeSet<>(properties.keySet())));
                        ctx.report(entry.keyPosition(), "'" + entry.key() + "' is not a property of " + where + hint);
                    }
                }
            }
        });
        // the registry schemas reach where the legacy specification cannot (list items, newer types)
        SchemaViolations.report(ctx, id());
    }
}
