package dev.collabinfra.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cycle searches over the name graphs rules build (resources by Ref/DependsOn, conditions by
 * Condition), without recursion: a chain of 10,000 resources is a small template, and the Java
 * stack would not survive a recursive search over it. Each search is linear in the graph.
 */
public final class Cycles {

    private Cycles() {}

    /**
     * The nodes that lie on some cycle (members of a strongly connected component of two or more
     * nodes, or with an edge to themselves), by Tarjan's algorithm with an explicit stack.
     */
    public static Set<String> onCycles(Map<String, ? extends Collection<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        Set<String> cyclic = new HashSet<>();
        int[] counter = {0};
        for (String root : edges.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Frame> frames = new ArrayDeque<>();
            frames.push(new Frame(root, successors(edges, root).iterator()));
            index.put(root, counter[0]);
            low.put(root, counter[0]++);
            stack.push(root);
            onStack.add(root);
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                if (frame.next.hasNext()) {
                    String next = frame.next.next();
                    if (next.equals(frame.node)) {
                        cyclic.add(next);
                    }
                    if (!index.containsKey(next)) {
                        index.put(next, counter[0]);
                        low.put(next, counter[0]++);
                        stack.push(next);
                        onStack.add(next);
                        frames.push(new Frame(next, successors(edges, next).iterator()));
                    } else if (onStack.contains(next)) {
                        low.put(frame.node, Math.min(low.get(frame.node), index.get(next)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    String parent = frames.peek().node;
                    low.put(parent, Math.min(low.get(parent), low.get(frame.node)));
                }
                if (low.get(frame.node).equals(index.get(frame.node))) {
                    List<String> component = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(frame.node));
                    if (component.size() > 1) {
                        cyclic.addAll(component);
                    }
                }
            }
        }
        return cyclic;
    }

    /**
     * A cycle through {@code start} as its members from {@code start} on, found by a depth-first
     * search in edge order (the same path a recursive search would give), or null when there is
     * none. Never revisits a node, so linear in the graph. Nodes outside {@code within} (the
     * result of {@link #onCycles}) are dead ends and not entered; the path found is the same.
     */
    public static List<String> cycleThrough(String start, Map<String, ? extends Collection<String>> edges, Set<String> within) {
        List<String> path = new ArrayList<>();
        path.add(start);
        Deque<Iterator<String>> pending = new ArrayDeque<>();
        pending.push(successors(edges, start).iterator());
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Iterator<String> next = pending.peek();
            if (!next.hasNext()) {
                pending.pop();
                path.remove(path.size() - 1);
                continue;
            }
            String node = next.next();
            if (node.equals(start)) {
                return path;
            }
            if (within.contains(node) && seen.add(node)) {
                path.add(node);
                pending.push(successors(edges, node).iterator());
            }
        }
        return null;
    }

    private static Collection<String> successors(Map<String, ? extends Collection<String>> edges, String node) {
        Collection<String> out = edges.get(node);
        return out == null ? List.of() : out;
    }

    private record Frame(String node, Iterator<String> next) {}

    /** Steps shown before a long cycle is shortened in a message. */
    public static final int SHOWN_STEPS = 20;

    /**
     * The steps of a cycle joined by {@code separator}, shortened in the middle when there are more
     * than {@link #SHOWN_STEPS} (a 10,000-resource loop would make a 300 KB message).
     */
    public static String join(List<String> steps, String separator) {
        if (steps.size() <= SHOWN_STEPS + 5) {
            return String.join(separator, steps);
        }
        List<String> shown = new ArrayList<>(steps.subList(0, SHOWN_STEPS));
        shown.add("... (" + (steps.size() - SHOWN_STEPS - 3) + " more)");
        shown.addAll(steps.subList(steps.size() - 3, steps.size()));
        return String.join(separator, shown);
    }
}
