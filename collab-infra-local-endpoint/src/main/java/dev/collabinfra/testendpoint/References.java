package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.ListNode;
import dev.collabinfra.testendpoint.template.MapNode;
import dev.collabinfra.testendpoint.template.Node;
import dev.collabinfra.testendpoint.template.ScalarNode;
import dev.collabinfra.testendpoint.template.Template;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which names a template value refers to (Ref, GetAtt, Sub, DependsOn), and the resources' dependency order. */
final class References {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private References() {}

    /** Every name referenced inside a node: Ref targets, GetAtt resources and Sub variables (before the dot). */
    static Set<String> in(Node node) {
        Set<String> names = new LinkedHashSet<>();
        collect(node, names);
        return names;
    }

    private static void collect(Node node, Set<String> names) {
        if (node instanceof MapNode map) {
            if (map.size() == 1) {
                String key = map.keys().iterator().next();
                Node argument = map.get(key).orElseThrow();
                switch (key) {
                    case "Ref" -> {
                        if (argument instanceof ScalarNode scalar) {
                            names.add(scalar.value());
                            return;
                        }
                    }
                    case "Fn::GetAtt" -> {
                        if (argument instanceof ListNode list && !list.items().isEmpty()
                                && list.get(0) instanceof ScalarNode scalar) {
                            names.add(scalar.value());
                        } else if (argument instanceof ScalarNode scalar) {
                            names.add(scalar.value().split("\\.", 2)[0]);
                        }
                    }
                    case "Fn::Sub" -> {
                        Node text = argument instanceof ListNode list && !list.items().isEmpty() ? list.get(0) : argument;
                        Set<String> local = new LinkedHashSet<>();
                        if (argument instanceof ListNode list && list.size() > 1 && list.get(1) instanceof MapNode vars) {
                            local.addAll(vars.keys());
                        }
                        if (text instanceof ScalarNode scalar) {
                            Matcher matcher = SUB_VARIABLE.matcher(scalar.value());
                            while (matcher.find()) {
                                String name = matcher.group(1).trim().split("\\.", 2)[0];
                                if (!local.contains(name)) {
                                    names.add(name);
                                }
                            }
                        }
                    }
                    default -> { }
                }
            }
            map.entries().forEach(entry -> collect(entry.value(), names));
        } else if (node instanceof ListNode list) {
            list.items().forEach(item -> collect(item, names));
        }
    }

    /** The resources a resource depends on: its references to other resources and its DependsOn. */
    static Map<String, Set<String>> dependencies(Template template) {
        MapNode resources = template.resources();
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (MapNode.Entry entry : resources.entries()) {
            Set<String> deps = new LinkedHashSet<>();
            if (entry.value() instanceof MapNode resource) {
                deps.addAll(in(resource));
                resource.get("DependsOn").ifPresent(dependsOn -> {
                    if (dependsOn instanceof ScalarNode scalar) {
                        deps.add(scalar.value());
                    } else if (dependsOn instanceof ListNode list) {
                        list.items().stream().filter(ScalarNode.class::isInstance)
                                .forEach(i -> deps.add(((ScalarNode) i).value()));
                    }
                });
            }
            deps.retainAll(resources.keys());
            deps.remove(entry.key());
            graph.put(entry.key(), deps);
        }
        return graph;
    }

    /**
     * The graph's resources in an order where each comes after what it depends on; fails on a cycle
     * as CloudFormation does. A dependency that is not a key of the graph (a resource its condition
     * leaves out, referenced only from the false branch of an Fn::If) is not part of the order.
     */
    static List<String> order(Map<String, Set<String>> graph) {
        List<String> ordered = new java.util.ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String node : graph.keySet()) {
            visit(node, graph, done, visiting, ordered, new ArrayDeque<>());
        }
        return ordered;
    }

    private static void visit(String node, Map<String, Set<String>> graph, Set<String> done, Set<String> visiting,
            List<String> ordered, Deque<String> path) {
        if (done.contains(node) || !graph.containsKey(node)) {
            return;
        }
        if (!visiting.add(node)) {
            List<String> cycle = new java.util.ArrayList<>(path);
            java.util.Collections.reverse(cycle);
            throw CfnError.validation("Circular dependency between resources: " + cycle.subList(
                    cycle.indexOf(node), cycle.size()));
        }
        path.push(node);
        for (String dep : graph.getOrDefault(node, Set.of())) {
            visit(dep, graph, done, visiting, ordered, path);
        }
        path.pop();
        visiting.remove(node);
        done.add(node);
        ordered.add(node);
    }
}
