package dev.collabinfra.lint.rules.outputs;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.HashMap;
import java.util.Map;

/**
 * E6102: an output's Export is {@code {Name: ...}} with a string (or function) name, and no two
 * outputs of the template export the same name (CloudFormation requires export names unique per
 * account and region, so the stack would fail). Names are compared when they are literals or the
 * same Fn::Sub text, which resolve identically at deploy time.
 */
public final class ExportNameRule implements Rule {

    @Override
    public String id() {
        return "E6102";
    }

    @Override
    public String description() {
        return "Export has a string Name, unique within the template";
    }

    @Override
    public void check(LintContext ctx) {
        Map<String, String> seen = new HashMap<>();
        for (MapNode.Entry entry : ctx.template().outputs().entries()) {
            if (!(entry.value() instanceof MapNode output) || output.get("Export").isEmpty()) {
                continue;
            }
            Node export = output.get("Export").get();
            if (!(export instanceof MapNode map) || !map.containsKey("Name") || Intrinsics.isFunction(export)) {
                ctx.report(export, "Export of output '" + entry.key() + "' must be a mapping with a Name, e.g."
                        + " 'Export: {Name: !Sub \"${AWS::StackName}-" + entry.key() + "\"}'");
                continue;
            }
            Node name = map.get("Name").get();
            if (!FunctionRule.isStringish(name)) {
                ctx.report(name, "Export Name of output '" + entry.key() + "' must be a string or a function that returns one, not "
                        + FunctionRule.what(name));
                continue;
            }
            String key = comparable(name);
            if (key != null) {
                String first = seen.putIfAbsent(key, entry.key());
                if (first != null) {
                    ctx.report(name, "Outputs '" + first + "' and '" + entry.key() + "' export the same name; export names must be"
                            + " unique per account and region: rename one");
                }
            }
        }
    }

    private static String comparable(Node name) {
        if (name instanceof ScalarNode scalar) {
            return "literal:" + scalar.value();
        }
        if (name instanceof MapNode map && map.get("Fn::Sub").orElse(null) instanceof ScalarNode sub) {
            return sub.value().contains("${") ? "sub:" + sub.value() : "literal:" + sub.value();
        }
        return null;
    }
}
