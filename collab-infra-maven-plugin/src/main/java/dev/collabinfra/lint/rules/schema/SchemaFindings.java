package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.PackagedCode;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.spec.RegistrySchemas;
import dev.collabinfra.spec.ResourceSchema;
import dev.collabinfra.spec.SchemaExtension;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every schema violation of one template, computed once (on the first schema rule's request) and
 * shared through {@link LintContext#shared}: each schema rule reports the part with its id.
 * Resources a macro may rewrite, SAM and custom resources are left alone, as the specification
 * rules do.
 */
final class SchemaFindings {

    /** Keyword of the broken constraint to cfn-lint's rule id. */
    private static final Map<String, String> IDS = Map.ofEntries(
            Map.entry("enum", "E3030"), Map.entry("const", "E3030"), Map.entry("pattern", "E3031"),
            Map.entry("minItems", "E3032"), Map.entry("maxItems", "E3032"), Map.entry("minLength", "E3033"),
            Map.entry("maxLength", "E3033"), Map.entry("minimum", "E3034"), Map.entry("uniqueItems", "E3037"),
            Map.entry("required", "E3003"), Map.entry("type", "E3012"), Map.entry("requiredXor", "E3014"),
            Map.entry("anyOf", "E3017"), Map.entry("oneOf", "E3018"), Map.entry("dependentExcluded", "E3020"),
            Map.entry("false", "E3020"), Map.entry("not", "E3020"), Map.entry("dependentRequired", "E3021"),
            Map.entry("requiredOr", "E3058"), Map.entry("prefixItems", "E3008"), Map.entry("additionalProperties", "E3002"));

    /**
     * Services whose extension checks belong to the service rules (issue 12's service half:
     * IAM, Lambda, EC2 networking, Route 53, CloudFront, RDS, ElastiCache, DynamoDB, ECS/Fargate).
     */
    private static final List<String> SERVICE_RULE_PREFIXES = List.of("AWS::IAM::", "AWS::Lambda::", "AWS::EC2::",
            "AWS::Route53::", "AWS::CloudFront::", "AWS::RDS::", "AWS::ElastiCache::", "AWS::DynamoDB::", "AWS::ECS::");

    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> seen = new java.util.HashSet<>();
    private MapNode conditions; // the template's, set before any resource is judged

    private SchemaFindings() {}

    static List<Violation> of(LintContext ctx) {
        return ctx.shared(SchemaFindings.class, () -> compute(ctx)).violations;
    }

    private static SchemaFindings compute(LintContext ctx) {
        SchemaFindings findings = new SchemaFindings();
        TemplateFacts facts = ctx.facts();
        for (String transform : facts.transforms()) {
            if (!transform.equals(TemplateFacts.SERVERLESS) && !transform.equals(TemplateFacts.LANGUAGE_EXTENSIONS)) {
                return findings; // a macro may rewrite the resources before CloudFormation sees them
            }
        }
        RegistrySchemas schemas = null;
        Candidates candidates = new Candidates(ctx.template());
        findings.conditions = ctx.template().conditions();
        for (MapNode.Entry entry : ctx.template().resources().entries()) {
            if (!(entry.value() instanceof MapNode resource)) {
                continue;
            }
            Optional<String> type = resource.getString("Type");
            if (type.isEmpty() || !type.get().startsWith("AWS::") || type.get().startsWith("AWS::Serverless::")
                    || type.get().equals("AWS::CloudFormation::CustomResource")) {
                continue;
            }
            if (schemas == null) {
                schemas = ctx.services().registrySchemas();
            }
            Optional<ResourceSchema> schema = schemas.schema(type.get());
            if (schema.isPresent()) {
                findings.resource(schemas, candidates, entry, resource, schema.get());
            }
        }
        return findings;
    }

    private void resource(RegistrySchemas schemas, Candidates candidates,
            MapNode.Entry entry, MapNode resource, ResourceSchema schema) {
        Optional<MapNode.Entry> propertiesEntry = resource.entry("Properties");
        Node properties = propertiesEntry.map(MapNode.Entry::value).orElse(MapNode.empty(entry.keyPosition()));
        Position at = propertiesEntry.map(MapNode.Entry::keyPosition).orElse(entry.keyPosition());
        if (properties instanceof MapNode map && map.containsKey("Fn::Transform")) {
            return; // AWS::Include fills the properties in at deploy time
        }
        Node checked = withoutLocalCode(schema.typeName(), properties);
        MapNode propertiesMap = checked instanceof MapNode m ? m : null;
        SchemaValidator validator = new SchemaValidator(schemas, candidates, entry.key(), schema.root(), propertiesMap, at);
        validator.validate(checked, schema.root(), "", (keyword, position, message, dedupeKey) -> {
            boolean warning = keyword.startsWith("warn:");
            String k = warning ? keyword.substring("warn:".length()) : keyword;
            String id = k.startsWith("format:") ? k.substring("format:".length()) : IDS.get(k);
            add(id, position, message, dedupeKey, warning);
        });
        if (properties instanceof MapNode map) {
            marked(entry.key(), map, schema.readOnlyProperties(), "E3040",
                    " is read-only: CloudFormation sets it (read it with Fn::GetAtt); remove it");
            marked(entry.key(), map, schema.deprecatedProperties(), "W9301",
                    " is deprecated by the resource provider; use its replacement (see the resource's documentation)");
            List<Node> scenarios = null; // the properties per combination of their Fn::If conditions
            for (SchemaExtension extension : schemas.extensions(schema.typeName())) {
                if (SchemaRules.SERVICE_EXTENSION_IDS.containsKey(extension.ruleId())
                        || SchemaRules.EXTENSION_IDS.containsKey(extension.ruleId())
                        && SERVICE_RULE_PREFIXES.stream().noneMatch(schema.typeName()::startsWith)) {
                    if (scenarios == null) {
                        scenarios = ConditionScenarios.of(conditions, map);
                    }
                    for (Node scenario : scenarios) {
                        if (scenario instanceof MapNode resolved) {
                            extension(schemas, candidates, entry.key(), resolved, extension);
                        }
                    }
                }
            }
        }
    }

    /** A local code path that package turns into an S3 location is not a type error. */
    private static Node withoutLocalCode(String type, Node properties) {
        if (!(properties instanceof MapNode map)) {
            return properties;
        }
        List<MapNode.Entry> kept = new ArrayList<>();
        boolean dropped = false;
        for (MapNode.Entry e : map.entries()) {
            if (e.value() instanceof ScalarNode && PackagedCode.acceptsLocalPath(type, e.key())) {
                dropped = true;
                // keep the key (so 'required' still sees it) with a value that passes every check
                kept.add(new MapNode.Entry(e.key(), e.keyPosition(), MapNode.empty(e.value().position())));
            } else {
                kept.add(e);
            }
        }
        return dropped ? new MapNode(kept, map.position(), map.startIndex(), map.endIndex()) : map;
    }

    private void extension(RegistrySchemas schemas, Candidates candidates,
            String logicalId, MapNode properties, SchemaExtension extension) {
        List<Node> targets = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        collect(properties, "", extension.path(), 0, targets, paths);
        for (int i = 0; i < targets.size(); i++) {
            Node target = targets.get(i);
            SchemaValidator validator = new SchemaValidator(schemas, candidates, logicalId, extension.schema(),
                    null, target.position());
            validator.validate(target, extension.schema(), paths.get(i), (keyword, position, message, dedupeKey) ->
                    add(extension.ruleId(), position, message + " (" + extension.description() + ")", null, keyword.startsWith("warn:")));
        }
    }

    private static void collect(Node node, String path, List<String> parts, int i, List<Node> out, List<String> paths) {
        if (SchemaValidator.isNoValue(node)) {
            return;
        }
        Optional<List<Node>> branches = SchemaValidator.ifBranches(node);
        if (branches.isPresent()) {
            branches.get().forEach(b -> collect(b, path, parts, i, out, paths));
            return;
        }
        if (i == parts.size()) {
            out.add(node);
            paths.add(path);
            return;
        }
        String part = parts.get(i);
        if (part.equals("*") && node instanceof ListNode list) {
            for (int k = 0; k < list.size(); k++) {
                collect(list.get(k), path + "[" + k + "]", parts, i + 1, out, paths);
            }
        } else if (node instanceof MapNode map && !dev.collabinfra.template.Intrinsics.isFunction(map)) {
            map.get(part).ifPresent(v -> collect(v, path.isEmpty() ? part : path + "." + part, parts, i + 1, out, paths));
        }
    }

    /** Properties the schema lists as read-only or deprecated, where the template sets them. */
    private void marked(String logicalId, MapNode properties, List<String> paths, String ruleId, String what) {
        Set<String> done = new LinkedHashSet<>();
        for (String path : paths) {
            String[] parts = path.split("/");
            Node at = properties;
            Position key = null;
            for (String part : parts) {
                if (!(at instanceof MapNode map) || part.equals("*")) {
                    at = null;
                    break;
                }
                Optional<MapNode.Entry> e = map.entry(part);
                if (e.isEmpty() || SchemaValidator.isNoValue(e.get().value())) {
                    at = null;
                    break;
                }
                key = e.get().keyPosition();
                at = e.get().value();
            }
            if (at != null && done.add(path)) {
                add(ruleId, key, logicalId + "." + path.replace('/', '.') + what, null, false);
            }
        }
    }

    private void add(String ruleId, Position at, String message, String dedupeKey, boolean warning) {
        if (ruleId != null && message != null && seen.add(ruleId + at + message)) {
            violations.add(new Violation(ruleId, at, warning ? message + " (a warning: the deploy may pass another value)" : message,
                    dedupeKey, warning));
        }
    }
}
