package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.MapNode;
import dev.collabinfra.testendpoint.template.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Provisions stacks over time on the single worker thread: create (with rollback), delete, and the
 * resource steps that updates share. Every transition is an event; each resource takes the
 * configured delay; nested stacks are real child stacks whose templates come from S3.
 */
final class StackEngine {

    static final String STACK_TYPE = "AWS::CloudFormation::Stack";

    final StackStore store;
    final ScheduledExecutorService worker;
    final TemplateSource templates;
    final Compatibility compatibility;
    private final Duration delay;
    StackUpdater updater;

    StackEngine(StackStore store, ScheduledExecutorService worker, TemplateSource templates, Duration delay) {
        this(store, worker, templates, delay, new Compatibility());
    }

    StackEngine(StackStore store, ScheduledExecutorService worker, TemplateSource templates, Duration delay,
            Compatibility compatibility) {
        this.store = store;
        this.worker = worker;
        this.templates = templates;
        this.delay = delay;
        this.compatibility = compatibility;
    }

    void later(Runnable task) {
        later(null, task);
    }

    /** Runs the task after the resource's provisioning time (its Metadata's Delay, or the endpoint's). */
    void later(Node definition, Runnable task) {
        Duration wait = InjectedFault.delay(definition).orElse(delay);
        worker.schedule(() -> {
            synchronized (store) {
                task.run();
            }
        }, wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    // ---- create -------------------------------------------------------------------------------

    void create(Stack stack, Consumer<Boolean> finished) {
        worker.execute(() -> {
            synchronized (store) {
                store.stackStatus(stack, "CREATE_IN_PROGRESS", "User Initiated");
                Evaluator evaluator = evaluator(stack, stack.config);
                Map<String, Set<String>> graph = includedGraph(stack.config, evaluator);
                StepGraph[] run = new StepGraph[1];
                run[0] = new StepGraph(worker, graph, id -> createStep(stack, id, evaluator, null, run[0]::failing),
                        failed -> afterCreate(stack, failed, evaluator, finished));
                run[0].start();
            }
        });
    }

    private void afterCreate(Stack stack, Map<String, String> failed, Evaluator evaluator, Consumer<Boolean> finished) {
        synchronized (store) {
            if (failed.isEmpty()) {
                stack.outputs = outputs(stack.config, evaluator);
                store.stackStatus(stack, "CREATE_COMPLETE", null);
                finished.accept(true);
                return;
            }
            stack.failureReason = "The following resource(s) failed to create: " + new ArrayList<>(failed.keySet()) + ". ";
            if (stack.disableRollback) {
                store.stackStatus(stack, "CREATE_FAILED", stack.failureReason);
                finished.accept(false);
                return;
            }
            store.stackStatus(stack, "ROLLBACK_IN_PROGRESS", stack.failureReason + "Rollback requested by user.");
            deleteResources(stack, live(stack), stack.config, true, rollbackFailures -> {
                if (stack.deleteOnFailure && rollbackFailures.isEmpty()) {
                    // OnFailure=DELETE goes from the rollback straight into the delete: a poll must
                    // never see a settled ROLLBACK_COMPLETE in between (it did, now and then).
                    delete(stack, ok -> finished.accept(false));
                } else {
                    store.stackStatus(stack, rollbackFailures.isEmpty() ? "ROLLBACK_COMPLETE" : "ROLLBACK_FAILED", null);
                    finished.accept(false);
                }
            });
        }
    }

    /**
     * Creates one resource (for a new stack, or a resource an update adds).
     *
     * @param failing whether the operation already failed: resources still in flight then end
     *     "Resource creation cancelled", as in AWS
     */
    StepGraph.Step createStep(Stack stack, String logicalId, Evaluator evaluator, UpdateRun run,
            java.util.function.BooleanSupplier failing) {
        return done -> {
            synchronized (store) {
                MapNode definition = stack.config.template.template().resources().getMap(logicalId).orElseThrow();
                ResourceState resource = new ResourceState(logicalId, definition.getString("Type").orElseThrow());
                stack.resources.put(logicalId, resource);
                if (run != null) {
                    run.added.add(logicalId);
                }
                store.resourceStatus(stack, resource, "CREATE_IN_PROGRESS", null);
                Map<String, Object> properties;
                try {
                    properties = properties(evaluator, definition);
                } catch (CfnError e) {
                    fail(stack, resource, "CREATE_FAILED", e.getMessage(), done);
                    return;
                }
                resource.properties = properties;
                resource.metadata = definition.get("Metadata").map(evaluator::value).orElse(null);
                if (resource.type.equals(STACK_TYPE)) {
                    createChild(stack, resource, properties, done);
                    return;
                }
                resource.physicalId = Synthetic.physicalId(stack, resource, properties);
                store.resourceStatus(stack, resource, "CREATE_IN_PROGRESS", "Resource creation Initiated");
                later(definition, () -> {
                    String injected = InjectedFault.reason(definition, "CREATE").orElse(null);
                    if (injected != null) {
                        fail(stack, resource, "CREATE_FAILED", injected, done);
                    } else if (failing.getAsBoolean()) {
                        fail(stack, resource, "CREATE_FAILED", "Resource creation cancelled", done);
                    } else {
                        store.resourceStatus(stack, resource, "CREATE_COMPLETE", null);
                        done.accept(null);
                    }
                });
            }
        };
    }

    private void createChild(Stack parent, ResourceState resource, Map<String, Object> properties, Consumer<String> done) {
        Stack.Config config;
        try {
            config = childConfig(parent, properties);
        } catch (CfnError e) {
            fail(parent, resource, "CREATE_FAILED", e.getMessage(), done);
            return;
        }
        String name = childName(parent, resource.logicalId, resource.generation);
        // A CREATE change set with IncludeNestedStacks already made this child (REVIEW_IN_PROGRESS): use it.
        Stack child = store.find(name).filter(s -> s.status.equals("REVIEW_IN_PROGRESS") && parent.id.equals(s.parentId))
                .orElseGet(() -> store.newStack(name, parent.region, parent.id,
                        parent.rootId == null ? parent.id : parent.rootId));
        child.config = config;
        resource.childStackId = child.id;
        resource.physicalId = child.id;
        store.resourceStatus(parent, resource, "CREATE_IN_PROGRESS", "Resource creation Initiated");
        create(child, ok -> {
            synchronized (store) {
                if (ok || compatibility.hideNestedFailures()) {
                    // hideNestedFailures: the child stays ROLLBACK_COMPLETE while its parent carries on as if it worked.
                    store.resourceStatus(parent, resource, "CREATE_COMPLETE", null);
                    done.accept(null);
                } else {
                    fail(parent, resource, "CREATE_FAILED", "Embedded stack " + child.id
                            + " was not successfully created: " + child.failureReason, done);
                }
            }
        });
    }

    /** AWS's name for a nested stack: {@code <parent>-<LogicalId>-<RANDOM>}, here stable per generation. */
    static String childName(Stack parent, String logicalId, int generation) {
        return parent.name + "-" + logicalId + "-" + StackStore.suffix(parent.id + "/" + logicalId + "/" + generation);
    }

    /** A child stack's configuration from the nested stack resource's resolved properties. */
    Stack.Config childConfig(Stack parent, Map<String, Object> properties) {
        Object url = properties.get("TemplateURL");
        if (!(url instanceof String templateUrl)) {
            throw CfnError.validation("Properties validation failed for resource: required key [TemplateURL] not found");
        }
        LoadedTemplate template = templates.parse(templates.fetch(templateUrl));
        List<Parameters.Given> given = new ArrayList<>();
        if (properties.get("Parameters") instanceof Map<?, ?> passed) {
            passed.forEach((key, value) -> given.add(new Parameters.Given(String.valueOf(key),
                    value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                            : String.valueOf(value), false)));
        }
        Stack.Config config = new Stack.Config();
        config.template = template;
        config.parameters = Parameters.resolve(template.template(), given, null);
        config.capabilities = new ArrayList<>(parent.config.capabilities);
        Backend.checkCapabilities(template.template(), config.capabilities);
        config.tags = new LinkedHashMap<>(parent.config.tags);
        return config;
    }

    void fail(Stack stack, ResourceState resource, String status, String reason, Consumer<String> done) {
        store.resourceStatus(stack, resource, status, reason);
        done.accept(reason);
    }

    // ---- delete -------------------------------------------------------------------------------

    void delete(Stack stack, Consumer<Boolean> finished) {
        worker.execute(() -> {
            synchronized (store) {
                store.stackStatus(stack, "DELETE_IN_PROGRESS", "User Initiated");
                deleteResources(stack, live(stack), stack.config, false, failed -> {
                    if (failed.isEmpty()) {
                        stack.deleted = store.now();
                        store.stackStatus(stack, "DELETE_COMPLETE", null);
                        store.clearChangeSets(stack);
                        finished.accept(true);
                    } else {
                        stack.failureReason = "The following resource(s) failed to delete: "
                                + new ArrayList<>(failed.keySet()) + ". ";
                        store.stackStatus(stack, "DELETE_FAILED", stack.failureReason);
                        finished.accept(false);
                    }
                });
            }
        });
    }

    /** Logical ids of the stack's resources that still exist. */
    Set<String> live(Stack stack) {
        Set<String> ids = new LinkedHashSet<>();
        stack.resources.forEach((id, r) -> {
            if (!"DELETE_COMPLETE".equals(r.status) && !"DELETE_SKIPPED".equals(r.status)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /**
     * Deletes resources, dependents first.
     *
     * @param rollback true inside a rollback: injected DELETE faults do not apply
     */
    void deleteResources(Stack stack, Set<String> ids, Stack.Config config, boolean rollback,
            Consumer<Map<String, String>> finished) {
        Map<String, Set<String>> graph = StepGraph.reversed(References.dependencies(config.template.template()), ids);
        new StepGraph(worker, graph, id -> deleteStep(stack, stack.resources.get(id), config, rollback), finished).start();
    }

    StepGraph.Step deleteStep(Stack stack, ResourceState resource, Stack.Config config, boolean rollback) {
        return done -> {
            synchronized (store) {
                Node definition = config.template.template().resources().get(resource.logicalId).orElse(null);
                String policy = definition instanceof MapNode map ? map.getString("DeletionPolicy").orElse("Delete") : "Delete";
                if (policy.equals("Retain") || !rollback && policy.equals("RetainExceptOnCreate")) {
                    store.resourceStatus(stack, resource, "DELETE_SKIPPED", null);
                    done.accept(null);
                    return;
                }
                store.resourceStatus(stack, resource, "DELETE_IN_PROGRESS", null);
                Stack child = resource.childStackId == null ? null : store.byId(resource.childStackId).orElse(null);
                if (child != null && !child.isDeleted()) {
                    delete(child, ok -> {
                        synchronized (store) {
                            if (ok) {
                                store.resourceStatus(stack, resource, "DELETE_COMPLETE", null);
                                done.accept(null);
                            } else {
                                fail(stack, resource, "DELETE_FAILED", "Embedded stack " + child.id
                                        + " was not successfully deleted: " + child.failureReason, done);
                            }
                        }
                    });
                    return;
                }
                later(definition, () -> {
                    String injected = rollback ? null : InjectedFault.reason(definition, "DELETE").orElse(null);
                    if (injected != null) {
                        fail(stack, resource, "DELETE_FAILED", injected, done);
                    } else {
                        store.resourceStatus(stack, resource, "DELETE_COMPLETE", null);
                        done.accept(null);
                    }
                });
            }
        };
    }

    // ---- evaluation -------------------------------------------------------------------------

    /** The dependency graph of the resources that exist under the configuration's conditions. */
    Map<String, Set<String>> includedGraph(Stack.Config config, Evaluator evaluator) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        MapNode resources = config.template.template().resources();
        References.dependencies(config.template.template()).forEach((id, deps) -> {
            if (evaluator.included(resources.get(id).orElseThrow())) {
                graph.put(id, deps);
            }
        });
        return graph;
    }

    Evaluator evaluator(Stack stack, Stack.Config config) {
        return new Evaluator(config.template.template(), config.parameters, pseudo(stack, config), live(stack, store));
    }

    static Map<String, Object> pseudo(Stack stack, Stack.Config config) {
        Map<String, Object> pseudo = new LinkedHashMap<>();
        pseudo.put("AWS::Region", stack.region);
        pseudo.put("AWS::AccountId", StackStore.ACCOUNT);
        pseudo.put("AWS::StackName", stack.name);
        pseudo.put("AWS::StackId", stack.id);
        pseudo.put("AWS::Partition", "aws");
        pseudo.put("AWS::URLSuffix", "amazonaws.com");
        pseudo.put("AWS::NotificationARNs", new ArrayList<Object>(config.notificationArns));
        return pseudo;
    }

    /** References resolve against what is provisioned. */
    static Evaluator.Resources live(Stack stack, StackStore store) {
        return new Evaluator.Resources() {
            @Override
            public Object ref(String logicalId) {
                return Synthetic.ref(existing(logicalId), stack.region);
            }

            @Override
            public Object getAtt(String logicalId, String attribute) {
                ResourceState resource = existing(logicalId);
                if (resource.childStackId != null && attribute.startsWith("Outputs.")) {
                    String key = attribute.substring("Outputs.".length());
                    return store.byId(resource.childStackId).flatMap(child -> child.outputs.stream()
                                    .filter(o -> o.key().equals(key)).findFirst())
                            .map(Stack.Output::value)
                            .orElseThrow(() -> CfnError.validation("Template error: stack " + resource.childStackId
                                    + " has no output " + key));
                }
                return Synthetic.attribute(resource, attribute, stack.region);
            }

            @Override
            public Object importValue(String exportName) {
                return store.liveStacks().stream().flatMap(s -> s.outputs.stream())
                        .filter(o -> exportName.equals(o.exportName())).findFirst().map(Stack.Output::value)
                        .orElseThrow(() -> CfnError.validation("No export named " + exportName + " found."));
            }

            private ResourceState existing(String logicalId) {
                ResourceState resource = stack.resources.get(logicalId);
                if (resource == null || resource.physicalId == null) {
                    throw CfnError.validation("Template error: resource " + logicalId + " is not available");
                }
                return resource;
            }
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Evaluator evaluator, MapNode definition) {
        return definition.get("Properties").map(evaluator::value)
                .filter(Map.class::isInstance).map(v -> (Map<String, Object>) v)
                .orElseGet(LinkedHashMap::new);
    }

    List<Stack.Output> outputs(Stack.Config config, Evaluator evaluator) {
        List<Stack.Output> outputs = new ArrayList<>();
        for (MapNode.Entry entry : config.template.template().outputs().entries()) {
            if (!(entry.value() instanceof MapNode output) || !evaluator.included(output)) {
                continue;
            }
            try {
                String value = evaluator.string(evaluator.value(output.get("Value").orElseThrow()));
                String exportName = output.getMap("Export").flatMap(e -> e.get("Name"))
                        .map(n -> evaluator.string(evaluator.value(n))).orElse(null);
                outputs.add(new Stack.Output(entry.key(), value, output.getString("Description").orElse(null), exportName));
            } catch (CfnError | java.util.NoSuchElementException e) {
                // An output that cannot resolve is left out, as a failed Fn::GetAtt would fail the stack in AWS.
            }
        }
        return outputs;
    }
}
