package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.MapNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Updates stacks as CloudFormation does: added resources are created, changed ones updated (or
 * replaced when an Immutable property changed), removed and replaced ones deleted in the cleanup
 * phase. A failure rolls the stack back to its previous configuration; a failed rollback leaves
 * UPDATE_ROLLBACK_FAILED for ContinueUpdateRollback.
 */
final class StackUpdater {

    private final StackEngine engine;
    private final StackStore store;
    private final UpdateTypeLookup updateTypes;

    StackUpdater(StackEngine engine, UpdateTypeLookup updateTypes) {
        this.engine = engine;
        this.store = engine.store;
        this.updateTypes = updateTypes;
    }

    void update(Stack stack, Stack.Config target, Consumer<Boolean> finished) {
        engine.worker.execute(() -> {
            synchronized (store) {
                UpdateRun run = new UpdateRun(stack.config, stack.outputs);
                stack.activeUpdate = run;
                stack.config = target;
                stack.lastUpdated = store.now();
                store.stackStatus(stack, "UPDATE_IN_PROGRESS", "User Initiated");
                Evaluator evaluator = engine.evaluator(stack, target);
                Map<String, Set<String>> graph = engine.includedGraph(target, evaluator);
                run.graph = new StepGraph(engine.worker, graph, id -> updateStep(stack, id, evaluator, run),
                        failed -> afterUpdate(stack, run, failed, evaluator, finished));
                run.graph.start();
            }
        });
    }

    /** CancelUpdateStack: no new steps; the update then rolls back. */
    void cancel(Stack stack) {
        if (stack.activeUpdate != null && stack.activeUpdate.graph != null) {
            stack.activeUpdate.graph.cancel();
        }
    }

    private StepGraph.Step updateStep(Stack stack, String logicalId, Evaluator evaluator, UpdateRun run) {
        ResourceState existing = stack.resources.get(logicalId);
        if (existing == null || !engine.live(stack).contains(logicalId)) {
            return engine.createStep(stack, logicalId, evaluator, run, run.graph::failing);
        }
        return done -> {
            synchronized (store) {
                MapNode definition = stack.config.template.template().resources().getMap(logicalId).orElseThrow();
                String type = definition.getString("Type").orElseThrow();
                Map<String, Object> properties;
                Object metadata;
                try {
                    properties = StackEngine.properties(evaluator, definition);
                    metadata = definition.get("Metadata").map(evaluator::value).orElse(null);
                } catch (CfnError e) {
                    engine.fail(stack, existing, "UPDATE_FAILED", e.getMessage(), done);
                    return;
                }
                if (type.equals(StackEngine.STACK_TYPE)) {
                    updateChild(stack, existing, properties, run, done);
                    return;
                }
                if (type.equals(existing.type) && properties.equals(existing.properties)
                        && Objects.equals(metadata, existing.metadata)) {
                    done.accept(null);
                    return;
                }
                ResourceState before = existing.copy();
                run.before.put(logicalId, before);
                boolean replace = !type.equals(existing.type) || changedProperties(before.properties, properties).stream()
                        .anyMatch(p -> UpdateTypeLookup.IMMUTABLE.equals(updateTypes.updateType(type, p)));
                store.resourceStatus(stack, existing, "UPDATE_IN_PROGRESS", null);
                if (replace) {
                    run.replacedOld.add(before);
                    existing.type = type;
                    existing.generation++;
                    existing.physicalId = Synthetic.physicalId(stack, existing, properties);
                    store.resourceStatus(stack, existing, "UPDATE_IN_PROGRESS",
                            "Requested update requires the creation of a new physical resource; hence creating one.");
                }
                engine.later(definition, () -> {
                    String injected = InjectedFault.reason(definition, "UPDATE").orElse(null);
                    if (injected != null || run.graph.failing()) {
                        engine.fail(stack, existing, "UPDATE_FAILED",
                                injected != null ? injected : "Resource update cancelled", done);
                        return;
                    }
                    existing.properties = properties;
                    existing.metadata = metadata;
                    store.resourceStatus(stack, existing, "UPDATE_COMPLETE", null);
                    done.accept(null);
                });
            }
        };
    }

    private void updateChild(Stack parent, ResourceState resource, Map<String, Object> properties, UpdateRun run,
            Consumer<String> done) {
        Stack child = store.byId(resource.childStackId).orElseThrow();
        Stack.Config config;
        try {
            config = engine.childConfig(parent, properties);
        } catch (CfnError e) {
            engine.fail(parent, resource, "UPDATE_FAILED", e.getMessage(), done);
            return;
        }
        if (config.template.body().equals(child.config.template.body()) && config.parameters.equals(child.config.parameters)) {
            resource.properties = properties;
            done.accept(null);
            return;
        }
        run.before.put(resource.logicalId, resource.copy());
        run.childConfigs.put(resource.logicalId, child.config);
        store.resourceStatus(parent, resource, "UPDATE_IN_PROGRESS", null);
        update(child, config, ok -> {
            synchronized (store) {
                resource.properties = properties;
                if (ok) {
                    store.resourceStatus(parent, resource, "UPDATE_COMPLETE", null);
                    done.accept(null);
                } else {
                    run.childRolledBack.add(resource.logicalId);
                    engine.fail(parent, resource, "UPDATE_FAILED", "Embedded stack " + child.id
                            + " was not successfully updated. Currently in " + child.status + " with reason: "
                            + child.failureReason, done);
                }
            }
        });
    }

    static Set<String> changedProperties(Map<String, Object> before, Map<String, Object> after) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String name : all) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                names.add(name);
            }
        }
        return names;
    }

    private void afterUpdate(Stack stack, UpdateRun run, Map<String, String> failed, Evaluator evaluator,
            Consumer<Boolean> finished) {
        synchronized (store) {
            if (failed.isEmpty() && !run.graph.cancelled()) {
                store.stackStatus(stack, "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null);
                Set<String> removed = new LinkedHashSet<>(engine.live(stack));
                removed.removeAll(engine.includedGraph(stack.config, evaluator).keySet());
                cleanup(stack, run.replacedOld, removed, run.previous, () -> {
                    stack.outputs = engine.outputs(stack.config, evaluator);
                    stack.activeUpdate = null;
                    store.stackStatus(stack, "UPDATE_COMPLETE", null);
                    finished.accept(true);
                });
                return;
            }
            stack.failureReason = run.graph.cancelled() ? "Stack update cancelled"
                    : "The following resource(s) failed to update: " + new ArrayList<>(failed.keySet()) + ". ";
            rollback(stack, run, false, finished);
        }
    }

    /** Puts back what the update changed; {@code resume} is ContinueUpdateRollback (faults no longer apply). */
    void rollback(Stack stack, UpdateRun run, boolean resume, Consumer<Boolean> finished) {
        engine.worker.execute(() -> {
            synchronized (store) {
                MapNode newResources = stack.config.template.template().resources();
                stack.config = run.previous;
                store.stackStatus(stack, "UPDATE_ROLLBACK_IN_PROGRESS", resume ? null : stack.failureReason);
                List<String> toRestore = new ArrayList<>(run.before.keySet());
                toRestore.removeAll(run.restored);
                Collections.reverse(toRestore);
                new StepGraph(engine.worker, StepGraph.chain(toRestore),
                        id -> restoreStep(stack, run, id, resume ? null : newResources.get(id).orElse(null)),
                        failed -> afterRollback(stack, run, failed, finished)).start();
            }
        });
    }

    private StepGraph.Step restoreStep(Stack stack, UpdateRun run, String logicalId, dev.collabinfra.testendpoint.template.Node faultSource) {
        return done -> {
            synchronized (store) {
                ResourceState current = stack.resources.get(logicalId);
                ResourceState before = run.before.get(logicalId);
                store.resourceStatus(stack, current, "UPDATE_IN_PROGRESS", null);
                if (current.childStackId != null && !run.childRolledBack.contains(logicalId)) {
                    Stack child = store.byId(current.childStackId).orElseThrow();
                    update(child, run.childConfigs.get(logicalId), ok -> finishRestore(stack, run, current, before, done));
                    return;
                }
                engine.later(() -> {
                    String injected = faultSource == null ? null : InjectedFault.reason(faultSource, "ROLLBACK").orElse(null);
                    if (injected != null) {
                        engine.fail(stack, current, "UPDATE_FAILED", injected, done);
                        return;
                    }
                    finishRestore(stack, run, current, before, done);
                });
            }
        };
    }

    private void finishRestore(Stack stack, UpdateRun run, ResourceState current, ResourceState before,
            Consumer<String> done) {
        synchronized (store) {
            if (!Objects.equals(current.physicalId, before.physicalId)) {
                // The replacement made a new physical resource: it goes in the cleanup phase.
                run.replacedOld.remove(before);
                ResourceState replacement = current.copy();
                run.replacedOld.add(replacement);
            }
            current.type = before.type;
            current.physicalId = before.physicalId;
            current.properties = before.properties;
            current.metadata = before.metadata;
            current.generation = before.generation;
            run.restored.add(current.logicalId);
            store.resourceStatus(stack, current, "UPDATE_COMPLETE", null);
            done.accept(null);
        }
    }

    private void afterRollback(Stack stack, UpdateRun run, Map<String, String> failed, Consumer<Boolean> finished) {
        synchronized (store) {
            if (!failed.isEmpty()) {
                store.stackStatus(stack, "UPDATE_ROLLBACK_FAILED", "The following resource(s) failed to update: "
                        + new ArrayList<>(failed.keySet()) + ". ");
                finished.accept(false);
                return;
            }
            store.stackStatus(stack, "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", null);
            List<ResourceState> newPhysicals = new ArrayList<>();
            for (ResourceState state : run.replacedOld) {
                ResourceState before = run.before.get(state.logicalId);
                if (before == null || !Objects.equals(before.physicalId, state.physicalId)) {
                    newPhysicals.add(state);
                }
            }
            cleanup(stack, newPhysicals, run.added, run.previous, () -> {
                stack.outputs = run.previousOutputs;
                stack.activeUpdate = null;
                store.stackStatus(stack, "UPDATE_ROLLBACK_COMPLETE", null);
                finished.accept(false);
            });
        }
    }

    /** Deletes replaced physical resources (events under their old physical id) and removed resources. */
    private void cleanup(Stack stack, List<ResourceState> physicals, Set<String> removed, Stack.Config removedFrom,
            Runnable then) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < physicals.size(); i++) {
            order.add("#" + i);
        }
        new StepGraph(engine.worker, StepGraph.chain(order), key -> done -> {
            ResourceState old = physicals.get(Integer.parseInt(key.substring(1)));
            synchronized (store) {
                store.event(stack, old.logicalId, old.physicalId, old.type, "DELETE_IN_PROGRESS", null);
                engine.later(() -> {
                    store.event(stack, old.logicalId, old.physicalId, old.type, "DELETE_COMPLETE", null);
                    done.accept(null);
                });
            }
        }, ignored -> engine.deleteResources(stack, removed, removedFrom, true, alsoIgnored -> {
            synchronized (store) {
                stack.resources.keySet().removeIf(id -> removed.contains(id));
                then.run();
            }
        })).start();
    }
}
