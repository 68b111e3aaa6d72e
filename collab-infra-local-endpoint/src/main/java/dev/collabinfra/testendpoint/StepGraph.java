package dev.collabinfra.testendpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs provisioning steps in dependency order, as many at once as the order allows, like
 * CloudFormation. After the first failure (or a cancel) it starts nothing new, lets running steps
 * finish, then reports every failure. All state is touched on the single worker thread.
 */
final class StepGraph {

    /** One step; it calls {@code done} with null on success or the failure reason. */
    interface Step {
        void start(Consumer<String> done);
    }

    private final Executor worker;
    private final Map<String, Set<String>> dependencies;
    private final Function<String, Step> steps;
    private final Consumer<Map<String, String>> finished;
    private final Set<String> pending;
    private final Set<String> running = new LinkedHashSet<>();
    private final Set<String> done = new LinkedHashSet<>();
    private final Map<String, String> failed = new LinkedHashMap<>();
    private boolean cancelled;
    private boolean over;

    StepGraph(Executor worker, Map<String, Set<String>> dependencies, Function<String, Step> steps,
            Consumer<Map<String, String>> finished) {
        this.worker = worker;
        this.dependencies = dependencies;
        this.steps = steps;
        this.finished = finished;
        this.pending = new LinkedHashSet<>(dependencies.keySet());
    }

    /** Steps one after the other, in list order. */
    static Map<String, Set<String>> chain(List<String> ids) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        String previous = null;
        for (String id : ids) {
            graph.put(id, previous == null ? Set.of() : Set.of(previous));
            previous = id;
        }
        return graph;
    }

    /** The graph for deleting {@code ids}: each waits for the resources that depend on it. */
    static Map<String, Set<String>> reversed(Map<String, Set<String>> graph, Set<String> ids) {
        Map<String, Set<String>> reverse = new LinkedHashMap<>();
        for (String id : ids) {
            Set<String> dependents = new LinkedHashSet<>();
            graph.forEach((other, deps) -> {
                if (deps.contains(id) && ids.contains(other)) {
                    dependents.add(other);
                }
            });
            reverse.put(id, dependents);
        }
        return reverse;
    }

    void start() {
        worker.execute(this::pump);
    }

    /** Stops starting steps (CancelUpdateStack); finishes with the running ones. */
    void cancel() {
        worker.execute(() -> {
            cancelled = true;
            pump();
        });
    }

    /** True once a step failed or the run was cancelled: running steps report "cancelled". */
    boolean failing() {
        return cancelled || !failed.isEmpty();
    }

    boolean cancelled() {
        return cancelled;
    }

    private void pump() {
        if (!failing()) {
            for (String id : new ArrayList<>(pending)) {
                Set<String> needs = new LinkedHashSet<>(dependencies.get(id));
                needs.retainAll(dependencies.keySet());
                if (done.containsAll(needs)) {
                    pending.remove(id);
                    running.add(id);
                    try {
                        steps.apply(id).start(reason -> worker.execute(() -> complete(id, reason)));
                    } catch (RuntimeException e) {
                        worker.execute(() -> complete(id, String.valueOf(e.getMessage())));
                    }
                }
            }
        }
        if (running.isEmpty() && !over) {
            over = true;
            finished.accept(failed);
        }
    }

    private void complete(String id, String reason) {
        if (!running.remove(id)) {
            return;
        }
        if (reason == null) {
            done.add(id);
        } else {
            failed.put(id, reason);
        }
        pump();
    }
}
