package dev.collabinfra.lint.rules.resources;

import dev.collabinfra.lint.Cycles;
import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.References;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * E3004: resources do not depend on each other in a circle, through Ref, Fn::GetAtt,
 * {@code ${}} in Fn::Sub or DependsOn. Each resource on a cycle is reported, with the cycle through it, in
 * source order, with the whole path and how each step was written, so the user sees which link
 * to break.
 */
public final class CircularDependencyRule implements Rule {

    @Override
    public String id() {
        return "E3004";
    }

    @Override
    public String description() {
        return "No circular dependencies between resources (Ref, GetAtt, Sub, DependsOn)";
    }

    @Override
    public void check(LintContext ctx) {
        MapNode resources = ctx.template().resources();
        // edges: from -> (to -> how, e.g. "Ref at line 12")
        Map<String, Map<String, String>> edges = new LinkedHashMap<>();
        for (MapNode.Entry entry : resources.entries()) {
            Map<String, String> out = new LinkedHashMap<>();
            edges.put(entry.key(), out);
            if (!(entry.value() instanceof MapNode resource)) {
                continue;
            }
            for (References.Reference ref : References.collect(resource, NodePath.ROOT.child("Resources").child(entry.key()))) {
                // A name that is also a parameter is E3007's finding, not a cycle.
                if (resources.containsKey(ref.target()) && !ctx.template().parameters().containsKey(ref.target())) {
                    out.putIfAbsent(ref.target(), how(ref.kind()) + " at line " + ref.node().position().line());
                }
            }
            resource.get("DependsOn").ifPresent(dependsOn -> {
                List<Node> items = dependsOn instanceof ListNode list ? list.items() : List.of(dependsOn);
                for (Node item : items) {
                    // Depending on itself is E3005's finding.
                    if (item instanceof ScalarNode scalar && resources.containsKey(scalar.value()) && !scalar.value().equals(entry.key())) {
                        out.putIfAbsent(scalar.value(), "DependsOn at line " + scalar.position().line());
                    }
                }
            });
        }
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        edges.forEach((from, out) -> graph.put(from, out.keySet()));
        Set<String> cyclic = Cycles.onCycles(graph);
        // every resource on a cycle is reported (as cfn-lint does), each with the cycle through it,
        // so an editor marks each member and removing any one link clears them all. A cycle is
        // searched once and shared by its members, and each message is built from the steps it
        // shows, so a 10,000-resource ring costs linear time, not a search and a path per member.
        Map<String, List<String>> cycleOf = new java.util.HashMap<>();
        Map<String, Integer> indexOf = new java.util.HashMap<>();
        for (MapNode.Entry entry : resources.entries()) {
            if (!cyclic.contains(entry.key())) {
                continue;
            }
            List<String> cycle = cycleOf.get(entry.key());
            if (cycle == null) {
                cycle = Cycles.cycleThrough(entry.key(), graph, cyclic);
                if (cycle == null) {
                    continue;
                }
                for (int i = 0; i < cycle.size(); i++) {
                    cycleOf.putIfAbsent(cycle.get(i), cycle);
                    indexOf.putIfAbsent(cycle.get(i), i);
                }
            }
            List<String> ring = cycle;
            int start = cycleOf.get(entry.key()) == cycle ? indexOf.get(entry.key()) : 0;
            String first = entry.key();
            List<String> steps = new java.util.AbstractList<>() {
                @Override
                public String get(int j) {
                    if (j == 0) {
                        return first;
                    }
                    String from = ring.get((start + j - 1) % ring.size());
                    String to = ring.get((start + j) % ring.size());
                    return to + " (" + edges.get(from).get(to) + ")";
                }

                @Override
                public int size() {
                    return ring.size() + 1;
                }
            };
            String path = Cycles.join(steps, " -> ");
            ctx.report(entry.keyPosition(), "Circular dependency: " + path
                    + "; CloudFormation cannot order these resources: remove one link (e.g. a DependsOn, or move a"
                    + " rule/attachment into its own resource)");
        }
    }

    private static String how(References.Kind kind) {
        return switch (kind) {
            case REF -> "Ref";
            case GETATT -> "GetAtt";
            case SUB -> "Sub";
        };
    }
}
