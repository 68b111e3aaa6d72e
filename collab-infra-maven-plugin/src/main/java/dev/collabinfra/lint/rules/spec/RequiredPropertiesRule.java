package dev.collabinfra.lint.rules.spec;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.schema.SchemaViolations;
import dev.collabinfra.spec.PropertySpec;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Intrinsics;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * E3003: a property the specification marks required is missing (on the resource or a nested
 * object); a custom resource ({@code Custom::*}, {@code AWS::CloudFormation::CustomResource})
 * without its {@code ServiceToken}, which CloudFormation needs to know whom to call.
 */
public final class RequiredPropertiesRule implements Rule {

    @Override
    public String id() {
        return "E3003";
    }

    @Override
    public String description() {
        return "Required properties of resources and nested property types are present";
    }

    @Override
    public void check(LintContext ctx) {
        PropertyWalker.walk(ctx, new PropertyWalker.Visitor() {
            @Override
            public void object(String where, Position at, MapNode value, Map<String, PropertySpec> properties) {
                // sorted so the findings (and their order) do not depend on hash order
                for (PropertySpec p : new TreeMap<>(properties).values()) {
                    if (p.required() && !value.containsKey(p.name())) {
                        ctx.report(at, where + " is missing required property '" + p.name() + "'; add it");
                    }
                }
            }
        });
        customResources(ctx);
        // the registry schemas reach where the legacy specification cannot (list items, newer types)
        SchemaViolations.report(ctx, id());
    }

    private void customResources(LintContext ctx) {
        for (MapNode.Entry e : ctx.template().resources().entries()) {
            if (!(e.value() instanceof MapNode resource)) {
                continue;
            }
            String type = resource.getString("Type").orElse("");
            if (!type.startsWith("Custom::") && !type.equals("AWS::CloudFormation::CustomResource")) {
                continue;
            }
            Optional<MapNode.Entry> properties = resource.entry("Properties");
            boolean missing = properties.isEmpty()
                    || properties.get().value() instanceof MapNode p && !Intrinsics.isFunction(p) && !p.containsKey("Fn::Transform")
                    && !p.containsKey("ServiceToken");
            if (missing) {
                ctx.report(properties.map(MapNode.Entry::keyPosition).orElse(e.keyPosition()), "Custom resource '" + e.key()
                        + "' is missing required property 'ServiceToken'; add the ARN of the Lambda function or SNS topic that serves it");
            }
        }
    }
}
