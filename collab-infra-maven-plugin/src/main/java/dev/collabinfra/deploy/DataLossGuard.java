package dev.collabinfra.deploy;

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

    /** Resource types whose deletion loses data. */
    public static final Set<String> STATEFUL_TYPES = Set.of(
            "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable",
            "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ServerlessCache",
            "AWS::RDS::DBInstance", "AWS::RDS::DBCluster",
            "AWS::S3::Bucket",
            "AWS::EFS::FileSystem",
            "AWS::KMS::Key",
            "AWS::SecretsManager::Secret",
            "AWS::Cognito::UserPool",
            "AWS::Logs::LogGroup");

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

    public DataLossGuard(StackGateway gateway) {
        this.gateway = gateway;
    }

    /** The risky changes, in plan order. */
    public List<Risk> risks(List<PlannedChange> changes, RenderedTemplates rendered) {
        List<Risk> risks = new ArrayList<>();
        for (PlannedChange change : changes) {
            if (change.isRemove()) {
                removalRisks(change, risks);
            } else if (change.mayReplace() && STATEFUL_TYPES.contains(change.resourceType())) {
                Optional<MapNode> resource = newTemplate(rendered, change.nestedStackPath())
                        .flatMap(t -> t.resources().getMap(change.logicalId()));
                String policy = resource.flatMap(r -> r.getString("UpdateReplacePolicy")).orElse(null);
                if (policy == null || !KEEPING.contains(policy)) {
                    risks.add(new Risk(change.address(), change.logicalId(), change.resourceType(),
                            "replacement (" + change.replacement() + ") deletes the old " + change.resourceType()
                                    + "; UpdateReplacePolicy is " + (policy == null ? "not set (Delete)" : policy)));
                }
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
        if (STATEFUL_TYPES.contains(change.resourceType())) {
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
            if (STATEFUL_TYPES.contains(type)) {
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
