package dev.collabinfra.lint.rules.resources;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * E3016: a resource's UpdatePolicy has the shape CloudFormation documents for its type
 * (AutoScaling groups, Lambda aliases, OpenSearch/Elasticsearch domains, ElastiCache replication
 * groups, AppStream fleets): a mapping of the known policies and keys, booleans, integers and
 * strings where they belong, SuspendProcesses naming real Auto Scaling processes. An UpdatePolicy
 * on another type is not judged (cfn-lint reports it; CloudFormation is not known to reject it),
 * nor a value written with a function. One pass over each policy.
 */
public final class UpdatePolicyRule implements Rule {

    private static final String BOOLEAN = "boolean";
    private static final String INTEGER = "integer";
    private static final String STRING = "string";
    private static final String PROCESSES = "processes";
    /** Key of a shape whose other keys are allowed too (the Lambda alias policy). */
    private static final String OPEN = "*";

    private static final List<String> PROCESS_NAMES = List.of("Launch", "Terminate", "AddToLoadBalancer",
            "AlarmNotification", "AZRebalance", "HealthCheck", "InstanceRefresh", "ReplaceUnhealthy", "ScheduledActions");
    private static final Map<String, Object> APPSTREAM_UPDATE = Map.of("Type", BOOLEAN);
    private static final Map<String, Object> SEARCH = Map.of("EnableVersionUpgrade", BOOLEAN);

    /** Per resource type the shape of its UpdatePolicy: key to a kind or a nested shape. */
    private static final Map<String, Map<String, Object>> SHAPES = Map.of(
            "AWS::AutoScaling::AutoScalingGroup", Map.of(
                    "AutoScalingReplacingUpdate", Map.of("WillReplace", BOOLEAN),
                    "AutoScalingRollingUpdate", Map.of("MaxBatchSize", INTEGER, "MinActiveInstancesPercent", INTEGER,
                            "MinInstancesInService", INTEGER, "MinSuccessfulInstancesPercent", INTEGER, "PauseTime", STRING,
                            "SuspendProcesses", PROCESSES, "WaitOnResourceSignals", BOOLEAN),
                    "AutoScalingScheduledAction", Map.of("IgnoreUnmodifiedGroupSizeProperties", BOOLEAN)),
            "AWS::Lambda::Alias", Map.of(OPEN, OPEN, "CodeDeployLambdaAliasUpdate", Map.of("AfterAllowTrafficHook", STRING,
                    "ApplicationName", STRING, "BeforeAllowTrafficHook", STRING, "DeploymentGroupName", STRING)),
            "AWS::Elasticsearch::Domain", SEARCH,
            "AWS::OpenSearchService::Domain", SEARCH,
            "AWS::ElastiCache::ReplicationGroup", Map.of("UseOnlineResharding", BOOLEAN),
            "AWS::AppStream::Fleet", Map.of("StartAfterUpdate", APPSTREAM_UPDATE, "StopBeforeUpdate", APPSTREAM_UPDATE));

    @Override
    public String id() {
        return "E3016";
    }

    @Override
    public String description() {
        return "UpdatePolicy has the policies and keys CloudFormation documents for the resource type";
    }

    @Override
    public void check(LintContext ctx) {
        for (MapNode.Entry entry : ctx.template().resources().entries()) {
            if (!(entry.value() instanceof MapNode resource)) {
                continue;
            }
            Optional<Node> policy = resource.get("UpdatePolicy");
            Optional<String> type = resource.getString("Type");
            if (policy.isEmpty() || type.isEmpty() || Intrinsics.isFunction(policy.get())) {
                continue;
            }
            Map<String, Object> shape = SHAPES.get(type.get());
            String where = entry.key() + ".UpdatePolicy";
            if (shape == null) {
                continue; // other types: cfn-lint reports any UpdatePolicy, but CloudFormation is not known to reject it
            }
            object(ctx, policy.get(), shape, where);
        }
    }

    @SuppressWarnings("unchecked")
    private static void object(LintContext ctx, Node node, Map<String, Object> shape, String where) {
        if (!(node instanceof MapNode map)) {
            ctx.report(node, where + " must be a mapping, not " + FunctionRule.what(node)
                    + (node instanceof ListNode ? "; write the policies as keys of one mapping, without '-'" : ""));
            return;
        }
        for (MapNode.Entry entry : map.entries()) {
            Object kind = shape.get(entry.key());
            String path = where + "." + entry.key();
            if (kind == null) {
                if (!shape.containsKey(OPEN)) {
                    List<String> known = shape.keySet().stream().filter(k -> !k.equals(OPEN)).sorted().toList();
                    ctx.report(entry.keyPosition(), path + " is not a key CloudFormation knows here"
                            + Suggestions.closest(entry.key(), known).map(s -> "; did you mean '" + s + "'?")
                                    .orElse("; use " + String.join(", ", known)));
                }
            } else if (Intrinsics.isFunction(entry.value())) {
                continue;
            } else if (kind instanceof Map<?, ?> nested) {
                object(ctx, entry.value(), (Map<String, Object>) nested, path);
            } else {
                value(ctx, entry.value(), (String) kind, path);
            }
        }
    }

    private static void value(LintContext ctx, Node node, String kind, String path) {
        if (kind.equals(PROCESSES)) {
            if (!(node instanceof ListNode list)) {
                ctx.report(node, path + " must be a list of process names, not " + FunctionRule.what(node));
                return;
            }
            for (Node item : list.items()) {
                if (item instanceof ScalarNode name && !PROCESS_NAMES.contains(name.value())) {
                    ctx.report(item, path + " names '" + name.value() + "', which is not an Auto Scaling process"
                            + Suggestions.closest(name.value(), PROCESS_NAMES).map(s -> "; did you mean '" + s + "'?")
                                    .orElse("; use " + String.join(", ", PROCESS_NAMES)));
                }
            }
            return;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.kind() == ScalarKind.NULL) {
            ctx.report(node, path + " must be " + (kind.equals(INTEGER) ? "an " : "a ") + kind + ", not " + FunctionRule.what(node));
            return;
        }
        String text = scalar.value();
        boolean fits = switch (kind) {
            case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
            case INTEGER -> text.matches("-?\\d{1,18}");
            default -> true;
        };
        if (!fits) {
            ctx.report(scalar, path + " must be " + (kind.equals(INTEGER) ? "an integer" : "true or false") + ", not '" + text + "'");
        }
    }
}
