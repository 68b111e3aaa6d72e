package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;
import java.util.Optional;

/**
 * E3902: a literal value passed to a nested stack breaks the child parameter's Type,
 * AllowedValues, AllowedPattern or length/value bounds, which CloudFormation reports only when
 * the nested stack is created, deep inside a deployment.
 */
public final class NestedStackParameterValuesRule implements Rule {

    @Override
    public String id() {
        return "E3902";
    }

    @Override
    public String description() {
        return "Literal values passed to a nested stack satisfy the child parameter's Type and constraints";
    }

    @Override
    public void check(LintContext ctx) {
        for (NestedStacks.Resolved r : NestedStacks.resolved(ctx)) {
            MapNode passed = r.stack().properties().getMap("Parameters").orElse(null);
            if (passed == null || Intrinsics.isFunction(passed)) {
                continue;
            }
            for (MapNode.Entry entry : passed.entries()) {
                Optional<MapNode> declaration = r.child().parameters().getMap(entry.key());
                if (declaration.isEmpty() || !(entry.value() instanceof ScalarNode scalar) || scalar.value().contains("{{resolve:")) {
                    continue;
                }
                ParameterConstraints.violation(scalar.value(), declaration.get()).ifPresent(problem -> ctx.report(scalar,
                        "nested stack '" + r.stack().logicalId() + "' passes an invalid value to parameter '" + entry.key() + "' ("
                                + r.stack().at(r.child().parameters().entry(entry.key()).orElseThrow().keyPosition()) + "): " + problem));
            }
        }
    }
}
