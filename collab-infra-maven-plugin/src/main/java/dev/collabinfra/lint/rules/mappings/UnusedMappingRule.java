package dev.collabinfra.lint.rules.mappings;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionCalls;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;
import java.util.HashSet;
import java.util.Set;

/** W7001: every mapping is read by a Fn::FindInMap with its literal name. */
public final class UnusedMappingRule implements Rule {

    @Override
    public String id() {
        return "W7001";
    }

    @Override
    public String description() {
        return "Mappings are used";
    }

    @Override
    public void check(LintContext ctx) {
        if (ctx.facts().namesMayBeGenerated()) {
            return;
        }
        Set<String> used = new HashSet<>();
        boolean[] dynamic = {false};
        for (FunctionCalls.Call call : FunctionCalls.of(ctx).of("Fn::FindInMap")) {
            if (call.call().get("Fn::FindInMap").orElse(null) instanceof ListNode list && !list.items().isEmpty()) {
                if (list.get(0) instanceof ScalarNode name) {
                    used.add(name.value());
                } else {
                    dynamic[0] = true;
                }
            }
        }
        if (dynamic[0]) {
            return; // a computed map name may read any mapping
        }
        for (MapNode.Entry entry : ctx.template().mappings().entries()) {
            if (!used.contains(entry.key())) {
                ctx.report(entry.keyPosition(), "Mapping '" + entry.key() + "' is never used; remove it or read it with Fn::FindInMap");
            }
        }
    }
}
