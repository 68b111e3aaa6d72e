package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Output whose value uses a NoEcho parameter (by {@code Ref} or {@code ${Name}} in a
 * {@code Sub}): outputs are shown in clear in the console, the API and {@code describe-stacks},
 * which undoes NoEcho.
 */
public final class NoEchoOutputRule implements Rule {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

    @Override
    public String id() {
        return "W9214";
    }

    @Override
    public String description() {
        return "NoEcho parameter shown in an Output";
    }

    @Override
    public void check(LintContext ctx) {
        Set<String> noEcho = new TreeSet<>();
        for (String name : ctx.template().parameters().keys()) {
            if (Resources.isNoEcho(ctx.template(), name)) {
                noEcho.add(name);
            }
        }
        if (noEcho.isEmpty()) {
            return;
        }
        for (MapNode.Entry output : ctx.template().outputs().entries()) {
            if (output.value() instanceof MapNode map) {
                map.get("Value").ifPresent(value -> find(ctx, output.key(), value, noEcho));
            }
        }
    }

    private void find(LintContext ctx, String output, Node node, Set<String> noEcho) {
        if (node instanceof MapNode map) {
            String function = Intrinsics.functionName(map).orElse("");
            if (function.equals("Ref")) {
                Resources.literal(Intrinsics.argument(map)).filter(noEcho::contains).ifPresent(p -> report(ctx, output, node, p));
                return;
            }
            if (function.equals("Fn::Sub")) {
                Node argument = Intrinsics.argument(map);
                Node string = argument instanceof ListNode list && !list.items().isEmpty() ? list.get(0) : argument;
                // names defined in the Sub's own variable map shadow parameters of the same name
                Set<String> local = argument instanceof ListNode list && list.size() > 1 && list.get(1) instanceof MapNode vars
                        ? vars.keys() : Set.of();
                if (string instanceof ScalarNode scalar) {
                    Matcher m = SUB_VARIABLE.matcher(scalar.value());
                    while (m.find()) {
                        if (noEcho.contains(m.group(1).strip()) && !local.contains(m.group(1).strip())) {
                            report(ctx, output, scalar, m.group(1).strip());
                        }
                    }
                }
                if (argument instanceof ListNode list && list.size() > 1) {
                    find(ctx, output, list.get(1), noEcho);
                }
                return;
            }
            for (MapNode.Entry entry : map.entries()) {
                find(ctx, output, entry.value(), noEcho);
            }
        } else if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                find(ctx, output, item, noEcho);
            }
        }
    }

    private void report(LintContext ctx, String output, Node at, String parameter) {
        ctx.report(at, "Output '" + output + "' shows NoEcho parameter '" + parameter + "' in clear text (outputs are"
                + " not masked); remove it from the output, or share it through Secrets Manager (cfn-lint W2010)");
    }
}
