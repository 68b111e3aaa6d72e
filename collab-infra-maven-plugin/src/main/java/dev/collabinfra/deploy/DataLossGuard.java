package dev.collabinfra.deploy;

import dev.collabinfra.spec.RegistrySchemas;
import dev.collabinfra.spec.ResourceSchema;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses change sets that would delete data: removing or replacing a stateful resource whose
 * policy does not keep it.
 *
 * <ul>
 *   <li>Remove: the resource's {@code DeletionPolicy} in the <em>deployed</em> template (that is
 *       the policy CloudFormation applies). Removing a whole nested stack removes every stateful
 *       resource inside it, so those are looked up in its deployed template too.
 *   <li>Replacement: the {@code UpdateReplacePolicy} in the <em>new</em> template.
 *       {@code Replacement: Conditional} counts as a replacement: CloudFormation decides only while
 *       executing, when it is too late to stop, so the guard assumes the worse case.
 * </ul>
 *
 * {@code Retain}, {@code RetainExceptOnCreate} and {@code Snapshot} keep the data. Without a
 * {@code DeletionPolicy}, RDS clusters and RDS instances outside a cluster default to
 * {@code Snapshot}, as CloudFormation documents.
 */
public final class DataLossGuard {

    /**
     * Stateful types the cfn-lint list lacks: ElastiCache Serverless holds the cache's data just like
     * a replication group.
     */
    private static final Set<String> MORE_STATEFUL_TYPES = Set.of("AWS::ElastiCache::ServerlessCache");

    private static final Set<String> KEEPING = Set.of("Retain", "RetainExceptOnCreate", "Snapshot");
    private static final int MAX_NESTING = 5;

    /**
     * A change that would lose data.
     *
     * @param address nested stack path and logical id, e.g. {@code Database/Table}
     * @param why what happens and which policy is missing
     */
    public record Risk(String address, String logicalId, String resourceType, String why) {}

    private final StackGateway gateway;
    private final Map<String, Optional<Template>> deployedTemplates = new HashMap<>();
    private RegistrySchemas schemas;

    /** A guard that loads the bundled registry schemas when it first needs them. */
    public DataLossGuard(StackGateway gateway) {
        this(gateway, null);
    }

    /**
     * @param schemas the registry schemas (stateful types, create-only properties), or null to
     *     load the bundled ones on first use
     */
    public DataLossGuard(StackGateway gateway, RegistrySchemas schemas) {
        this.gateway = gateway;
        this.schemas = schemas;
    }

    /**
     * Resource types whose deletion or replacement loses data: cfn-lint's StatefulResources.json
     * (shipped with the registry schemas) plus ElastiCache Serverless. A nested stack is not one
     * itself: the guard looks at the stateful resources inside it.
     */
    public boolean isStateful(String type) {
        return isStateful(type, schemas().statefulTypes());
    }

    /**
     * {@link #isStateful} against the bundled schemas, for views of a plan that have no guard at
     * hand (the plan table, plan.json, plan.md); read once per JVM.
     */
    public static boolean isStatefulByDefault(String type) {
        return isStateful(type, BundledStateful.TYPES);
    }

    private static boolean isStateful(String type, Set<String> statefulTypes) {
        return !StackEvent.NESTED_STACK_TYPE.equals(type) && (MORE_STATEFUL_TYPES.contains(type) || statefulTypes.contains(type));
    }

    /** Holder: the bundled stateful list is read on first use only. */
    private static final class BundledStateful {
        static final Set<String> TYPES = Set.copyOf(RegistrySchemas.bundled().statefulTypes());
    }

    private RegistrySchemas schemas() {
        if (schemas == null) {
            schemas = RegistrySchemas.bundled();
        }
        return schemas;
    }

    /** The risky changes, in plan order. */
    public List<Risk> risks(List<PlannedChange> changes, RenderedTemplates rendered) {
        List<Risk> risks = new ArrayList<>();
        for (PlannedChange change : changes) {
            if (change.isRemove()) {
                removalRisks(change, risks);
            } else if (change.mayReplace() && isStateful(change.resourceType())) {
                Optional<MapNode> resource = newTemplate(rendered, change.nestedStackPath())
                        .flatMap(t -> t.resources().getMap(change.logicalId()));
                String policy = resource.flatMap(r -> r.getString("UpdateReplacePolicy")).orElse(null);
                if (policy != null && KEEPING.contains(policy)) {
                    continue;
                }
                Optional<List<String>> createOnly = changedCreateOnly(change, resource);
                if (createOnly.isPresent() && createOnly.get().isEmpty()) {
                    continue; // Conditional, and no create-only property changes: an update in place
                }
                String which = createOnly.filter(l -> !l.isEmpty())
                        .map(l -> " (create-only " + String.join(", ", l) + " may change)").orElse("");
                risks.add(new Risk(change.address(), change.logicalId(), change.resourceType(),
                        "replacement (" + change.replacement() + ")" + which + " deletes the old " + change.resourceType()
                                + "; UpdateReplacePolicy is " + (policy == null ? "not set (Delete)" : policy)));
            }
        }
        return risks;
    }

    /** The risks that {@code allowReplacement} does not name (by logical id or by address). */
    public static List<Risk> refused(List<Risk> risks, Set<String> allowed) {
        return risks.stream().filter(r -> !allowed.contains(r.logicalId()) && !allowed.contains(r.address())).toList();
    }

    private void removalRisks(PlannedChange change, List<Risk> risks) {
        Optional<MapNode> resource = deployedTemplate(change.stackId()).flatMap(t -> t.resources().getMap(change.logicalId()));
        String policy = deletionPolicy(resource, change.resourceType());
        if (policy != null && KEEPING.contains(policy)) {
            return;
        }
        String shown = policy == null ? "not set (Delete)" : policy;
        if (isStateful(change.resourceType())) {
            risks.add(new Risk(change.address(), change.logicalId(), change.resourceType(),
                    "removal deletes the " + change.resourceType() + "; DeletionPolicy is " + shown));
        } else if (StackEvent.NESTED_STACK_TYPE.equals(change.resourceType()) && change.physicalId() != null) {
            nestedStackRisks(change.physicalId(), change.address(), 0, risks);
        }
    }

    /** Stateful resources inside a nested stack that is about to be deleted. */
    private void nestedStackRisks(String stackId, String address, int depth, List<Risk> risks) {
        Optional<Template> template = deployedTemplate(stackId);
        if (template.isEmpty() || depth > MAX_NESTING) {
            return;
        }
        Map<String, String> physicalIds = new HashMap<>();
        for (MapNode.Entry entry : template.get().resources().entries()) {
            if (!(entry.value() instanceof MapNode resource)) {
                continue;
            }
            String type = resource.getString("Type").orElse("");
            String policy = deletionPolicy(Optional.of(resource), type);
            if (policy != null && KEEPING.contains(policy)) {
                continue;
            }
            String inner = address + "/" + entry.key();
            if (isStateful(type)) {
                risks.add(new Risk(inner, entry.key(), type, "removing nested stack " + address + " deletes the " + type
                        + "; DeletionPolicy is " + (policy == null ? "not set (Delete)" : policy)));
            } else if (StackEvent.NESTED_STACK_TYPE.equals(type)) {
                if (physicalIds.isEmpty()) {
                    gateway.listStackResources(stackId).forEach(r -> physicalIds.put(r.logicalId(), r.physicalId()));
                }
                String child = physicalIds.get(entry.key());
                if (child != null) {
                    nestedStackRisks(child, inner, depth + 1, risks);
                }
            }
        }
    }

    /**
     * For {@code Replacement: Conditional}, the create-only properties (registry schema) whose
     * value may differ between the deployed and the new template: a changed literal, or a value
     * computed by a function (a parameter may have changed). Empty optional when that cannot be
     * judged (not Conditional, no schema, no deployed template): the guard then assumes replacement.
     */
    private Optional<List<String>> changedCreateOnly(PlannedChange change, Optional<MapNode> now) {
        if (!"Conditional".equals(change.replacement()) || now.isEmpty() || change.stackId() == null) {
            return Optional.empty();
        }
        Optional<ResourceSchema> schema = schemas().schema(change.resourceType());
        Optional<MapNode> before = deployedTemplate(change.stackId()).flatMap(t -> t.resources().getMap(change.logicalId()));
        if (schema.isEmpty() || before.isEmpty()) {
            return Optional.empty();
        }
        MapNode oldProperties = before.get().getMap("Properties").orElse(MapNode.empty(before.get().position()));
        MapNode newProperties = now.get().getMap("Properties").orElse(MapNode.empty(now.get().position()));
        java.util.Set<String> changed = new java.util.TreeSet<>();
        for (String path : schema.get().createOnlyProperties()) {
            String top = path.split("/")[0];
            String was = Literal.text(oldProperties.get(top).orElse(null));
            String is = Literal.text(newProperties.get(top).orElse(null));
            if (was == null || is == null || !was.equals(is)) {
                changed.add(top);
            }
        }
        return Optional.of(List.copyOf(changed));
    }

    private static String deletionPolicy(Optional<MapNode> resource, String type) {
        Optional<String> explicit = resource.flatMap(r -> r.getString("DeletionPolicy"));
        if (explicit.isPresent()) {
            return explicit.get();
        }
        boolean rdsDefaultSnapshot = type.equals("AWS::RDS::DBCluster")
                || (type.equals("AWS::RDS::DBInstance") && resource.flatMap(r -> r.getMap("Properties"))
                        .map(p -> !p.containsKey("DBClusterIdentifier")).orElse(false));
        return rdsDefaultSnapshot ? "Snapshot" : null;
    }

    private Optional<Template> deployedTemplate(String stackId) {
        return deployedTemplates.computeIfAbsent(stackId, id -> parse(id, gateway.getOriginalTemplate(id)));
    }

    private static Optional<Template> newTemplate(RenderedTemplates rendered, List<String> path) {
        Optional<String> text = path.isEmpty() ? Optional.of(rendered.mainText()) : rendered.nestedText(path);
        return text.flatMap(t -> parse(path.isEmpty() ? "main" : String.join("/", path), t));
    }

    private static Optional<Template> parse(String name, String text) {
        return new TemplateParser().parseText(Path.of(name.replace(':', '_').replace('/', '_') + ".template"), text).templateIfParsed();
    }
}
