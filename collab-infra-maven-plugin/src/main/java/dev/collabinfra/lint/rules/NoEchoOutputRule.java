package dev.collabinfra.lint.rules;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.Set;
import java.util.TreeSet;

/**
 * An Output whose value uses a NoEcho parameter (by {@code Ref} or {@code ${Name}} in a
 * {@code Sub}): outputs are shown in clear in the console, the API and {@code describe-stacks},
 * which undoes NoEcho.
 */
public final class NoEchoOutputRule implements Rule {


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
                    for (String variable : subVariableNames(scalar.value())) {
                        if (noEcho.contains(variable.strip()) && !local.contains(variable.strip())) {
                            report(ctx, output, scalar, variable.strip());
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

    /**
     * The names of {@code ${Name}} variables in a Sub string, exactly as the pattern
     * {@code \$\{([^!}][^}]*)}} finds them, in one linear pass: the pattern on a backtracking
     * engine is quadratic on a string of unclosed {@code ${} (80,000 of them took 36 s).
     */
    static java.util.List<String> subVariableNames(String text) {
        java.util.List<String> names = new java.util.ArrayList<>();
        int from = 0;
        while (true) {
            int start = text.indexOf("${", from);
            if (start < 0 || start + 2 >= text.length()) {
                return names;
            }
            char first = text.charAt(start + 2);
            if (first == '!' || first == '}') {
                from = start + 1;
                continue;
            }
            int end = text.indexOf('}', start + 3);
            if (end < 0) {
                return names; // no '}' after here, so no later '${' can close either
            }
            names.add(text.substring(start + 2, end));
            from = end + 1;
        }
    }
}
