package dev.collabinfra.lint.rules;

import dev.collabinfra.lint.ConditionUses;
import dev.collabinfra.lint.Cycles;
import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.MapNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * E8001 (cycles): conditions that name each other in a circle can never be evaluated. Shares
 * cfn-lint's "conditions are properly configured" id; reported once per cycle with its path.
 */
public final class ConditionCycleRule implements Rule {

    @Override
    public String id() {
        return "E8001";
    }

    @Override
    public String description() {
        return "Conditions do not refer to each other in a circle";
    }

    @Override
    public void check(LintContext ctx) {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        for (ConditionUses.Use use : ConditionUses.collect(ctx.template())) {
            if (use.owner() != null && use.kind() == ConditionUses.Kind.CONDITION_FUNCTION) {
                edges.computeIfAbsent(use.owner(), k -> new LinkedHashSet<>()).add(use.name());
            }
        }
        Set<String> cyclic = Cycles.onCycles(edges);
        Set<String> reported = new HashSet<>();
        for (MapNode.Entry entry : ctx.template().conditions().entries()) {
            if (reported.contains(entry.key()) || !cyclic.contains(entry.key())) {
                continue;
            }
            List<String> found = Cycles.cycleThrough(entry.key(), edges, cyclic);
            List<String> path = found == null ? null : new ArrayList<>(found);
            if (path != null) {
                reported.addAll(path);
                path.add(entry.key());
                ctx.report(entry.keyPosition(), "Conditions refer to each other in a circle: " + Cycles.join(path, " -> ")
                        + "; make one of them use parameters directly instead of the Condition function");
            }
        }
    }
}
