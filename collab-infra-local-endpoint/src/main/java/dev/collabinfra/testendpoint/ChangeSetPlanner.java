package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.MapNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out what a new configuration would change, without changing anything: Add, Modify (with
 * Replacement True/False/Conditional from the properties' update types) and Remove, in dependency
 * order so that a replaced resource's new id shows up as a dynamic change in what refers to it.
 */
final class ChangeSetPlanner {

    /** Creates nested change sets (IncludeNestedStacks); each method returns the nested change set's id. */
    interface NestedChangeSets {
        /** For an existing nested stack that changes. */
        String update(Stack child, Stack.Config childConfig);

        /** For a nested stack the parent adds: AWS makes the child stack (REVIEW_IN_PROGRESS) and a CREATE change set. */
        String create(Stack parent, String logicalId, Stack.Config childConfig);
    }

    /** What a plan found. */
    record Plan(List<ResourceChange> changes, boolean outputsChanged) {
        boolean empty() {
            return changes.isEmpty() && !outputsChanged;
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{changing:([^}]+)}}");

    private final StackStore store;
    private final StackEngine engine;
    private final UpdateTypeLookup updateTypes;

    ChangeSetPlanner(StackEngine engine, UpdateTypeLookup updateTypes) {
        this.store = engine.store;
        this.engine = engine;
        this.updateTypes = updateTypes;
    }

    /** @param nested null unless IncludeNestedStacks */
    Plan plan(Stack stack, Stack.Config target, NestedChangeSets nested) {
        Set<String> live = engine.live(stack);
        Set<String> changing = new LinkedHashSet<>();
        Set<String> modified = new LinkedHashSet<>();
        Evaluator.Resources current = StackEngine.live(stack, store);
        Evaluator evaluator = new Evaluator(target.template.template(), target.parameters,
                StackEngine.pseudo(stack, target), new Evaluator.Resources() {
                    @Override
                    public Object ref(String logicalId) {
                        return changing.contains(logicalId) || !live.contains(logicalId)
                                ? "{{changing:" + logicalId + "}}" : current.ref(logicalId);
                    }

                    @Override
                    public Object getAtt(String logicalId, String attribute) {
                        // A modified resource's attributes may change (a nested stack's outputs do): AWS shows those as Dynamic.
                        return changing.contains(logicalId) || modified.contains(logicalId) || !live.contains(logicalId)
                                ? "{{changing:" + logicalId + "." + attribute + "}}" : current.getAtt(logicalId, attribute);
                    }

                    @Override
                    public Object importValue(String exportName) {
                        return current.importValue(exportName);
                    }
                });
        Map<String, java.util.Set<String>> graph = engine.includedGraph(target, evaluator);
        List<ResourceChange> changes = new ArrayList<>();
        MapNode resources = target.template.template().resources();
        for (String id : References.order(graph)) {
            MapNode definition = resources.getMap(id).orElseThrow();
            String type = definition.getString("Type").orElseThrow();
            if (!live.contains(id)) {
                changing.add(id);
                changes.add(new ResourceChange("Add", id, null, type, null, List.of(), List.of(),
                        type.equals(StackEngine.STACK_TYPE) && nested != null ? nestedCreate(stack, id, definition, evaluator, nested) : null));
                continue;
            }
            ResourceState existing = stack.resources.get(id);
            Map<String, Object> properties = StackEngine.properties(evaluator, definition);
            Object metadata = definition.get("Metadata").map(evaluator::value).orElse(null);
            ResourceChange change = type.equals(StackEngine.STACK_TYPE) && existing.childStackId != null
                    ? nestedChange(existing, type, properties, stack, nested)
                    : modify(existing, type, properties, metadata);
            if (change != null) {
                if ("True".equals(change.replacement())) {
                    changing.add(id);
                }
                modified.add(id);
                changes.add(change);
            }
        }
        for (String id : live) {
            if (!graph.containsKey(id)) {
                ResourceState gone = stack.resources.get(id);
                changes.add(new ResourceChange("Remove", id, gone.physicalId, gone.type, null, List.of(), List.of(), null));
            }
        }
        boolean outputsChanged = changes.isEmpty() && (!outputValues(engine.outputs(target, evaluator)).equals(outputValues(stack.outputs))
                || !target.tags.equals(stack.config.tags));
        return new Plan(changes, outputsChanged);
    }

    private ResourceChange modify(ResourceState existing, String type, Map<String, Object> properties, Object metadata) {
        if (!type.equals(existing.type)) {
            return new ResourceChange("Modify", existing.logicalId, existing.physicalId, type, "True",
                    List.of("Properties"), List.of(), null);
        }
        List<ResourceChange.Detail> details = new ArrayList<>();
        String replacement = "False";
        for (String name : StackUpdater.changedProperties(existing.properties, properties)) {
            String updateType = updateTypes.updateType(type, name);
            String recreation = switch (updateType) {
                case UpdateTypeLookup.IMMUTABLE -> "Always";
                case UpdateTypeLookup.CONDITIONAL -> "Conditionally";
                default -> "Never";
            };
            Matcher dynamic = PLACEHOLDER.matcher(String.valueOf(properties.get(name)));
            boolean isDynamic = dynamic.find();
            details.add(new ResourceChange.Detail("Properties", name, recreation, isDynamic ? "Dynamic" : "Static",
                    isDynamic ? (dynamic.group(1).contains(".") ? "ResourceAttribute" : "ResourceReference")
                            : "DirectModification", isDynamic ? dynamic.group(1) : null));
            if (recreation.equals("Always") && !isDynamic) {
                replacement = "True";
            } else if (!recreation.equals("Never") && !replacement.equals("True")) {
                replacement = "Conditional";
            }
        }
        List<String> scope = new ArrayList<>();
        if (!details.isEmpty()) {
            scope.add("Properties");
        }
        if (!Objects.equals(metadata, existing.metadata)) {
            scope.add("Metadata");
            details.add(new ResourceChange.Detail("Metadata", null, "Never", "Static", "DirectModification", null));
        }
        if (scope.isEmpty()) {
            return null;
        }
        return new ResourceChange("Modify", existing.logicalId, existing.physicalId, type, replacement, scope, details, null);
    }

    /** The nested CREATE change set of an added nested stack; none when its parameters depend on resources not yet made. */
    private String nestedCreate(Stack parent, String logicalId, MapNode definition, Evaluator evaluator,
            NestedChangeSets nested) {
        Stack.Config childConfig;
        try {
            childConfig = engine.childConfig(parent, StackEngine.properties(evaluator, definition));
        } catch (CfnError e) {
            return null;
        }
        return nested.create(parent, logicalId, childConfig);
    }

    private ResourceChange nestedChange(ResourceState existing, String type, Map<String, Object> properties, Stack parent,
            NestedChangeSets nested) {
        Stack child = store.byId(existing.childStackId).orElseThrow();
        Stack.Config childConfig = engine.childConfig(parent, properties);
        boolean templateChanged = !childConfig.template.body().equals(child.config.template.body());
        boolean parametersChanged = !childConfig.parameters.equals(child.config.parameters);
        if (!templateChanged && !parametersChanged) {
            return null;
        }
        List<ResourceChange.Detail> details = new ArrayList<>();
        if (templateChanged) {
            details.add(new ResourceChange.Detail("Properties", "TemplateURL", "Never", "Static", "DirectModification", null));
        }
        if (parametersChanged) {
            details.addAll(parameterDetails(child.config.parameters, childConfig.parameters));
        }
        String nestedId = nested == null ? null : nested.update(child, childConfig);
        return new ResourceChange("Modify", existing.logicalId, existing.physicalId, type, "False",
                List.of("Properties"), details, nestedId);
    }

    /**
     * The nested stack's Parameters change: Static for a value given directly, Dynamic when the value
     * comes from a changing resource (another nested stack's output), since it may well stay the same.
     */
    private static List<ResourceChange.Detail> parameterDetails(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        String causing = null;
        boolean direct = false;
        for (String key : keys) {
            String value = after.get(key);
            if (Objects.equals(value, before.get(key))) {
                continue;
            }
            Matcher dynamic = PLACEHOLDER.matcher(String.valueOf(value));
            if (dynamic.find()) {
                causing = causing == null ? dynamic.group(1) : causing;
            } else {
                direct = true;
            }
        }
        List<ResourceChange.Detail> details = new ArrayList<>();
        if (direct) {
            details.add(new ResourceChange.Detail("Properties", "Parameters", "Never", "Static", "DirectModification", null));
        }
        if (causing != null) {
            details.add(new ResourceChange.Detail("Properties", "Parameters", "Never", "Dynamic", "ResourceAttribute", causing));
        }
        return details;
    }

    private static Map<String, String> outputValues(List<Stack.Output> outputs) {
        Map<String, String> values = new LinkedHashMap<>();
        outputs.forEach(o -> values.put(o.key(), o.value()));
        return values;
    }
}
