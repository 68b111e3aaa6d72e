package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * E1027: a {@code {{resolve:ssm-secure:...}}} dynamic reference appears only in the resource
 * properties CloudFormation resolves secure strings for (its documented list: the passwords of
 * RDS, Redshift, Directory Service, IAM login profiles, ...). Elsewhere in resource properties
 * the stack fails; {@code {{resolve:secretsmanager:...}}} works in any property. One walk over
 * the resource properties; a function (Fn::If, Fn::Sub, Fn::Join) does not change the property it is in.
 */
public final class SecureStringLocationRule implements Rule {

    private static final String SECURE = "{{resolve:ssm-secure:";

    /** Resource type to the property paths that accept ssm-secure (list items and functions add no step). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "AWS::DirectoryService::MicrosoftAD", Set.of("Password"),
            "AWS::DirectoryService::SimpleAD", Set.of("Password"),
            "AWS::ElastiCache::ReplicationGroup", Set.of("AuthToken"),
            "AWS::IAM::User", Set.of("LoginProfile/Password"),
            "AWS::KinesisFirehose::DeliveryStream", Set.of("RedshiftDestinationConfiguration/Password"),
            "AWS::OpsWorks::App", Set.of("AppSource/Password"),
            "AWS::OpsWorks::Stack", Set.of("RdsDbInstances/DbPassword", "CustomCookbooksSource/Password"),
            "AWS::RDS::DBCluster", Set.of("MasterUserPassword"),
            "AWS::RDS::DBInstance", Set.of("MasterUserPassword"),
            "AWS::Redshift::Cluster", Set.of("MasterUserPassword"));

    @Override
    public String id() {
        return "E1027";
    }

    @Override
    public String description() {
        return "{{resolve:ssm-secure:...}} is used only in the resource properties that accept secure strings";
    }

    @Override
    public void check(LintContext ctx) {
        if (!ctx.template().text().contains(SECURE)) {
            return; // one scan of the text instead of a walk of every property (JSON escapes no part of it)
        }
        for (MapNode.Entry resource : ctx.template().resources().entries()) {
            if (!(resource.value() instanceof MapNode body)) {
                continue;
            }
            Optional<MapNode> properties = body.getMap("Properties");
            if (properties.isEmpty()) {
                continue;
            }
            String type = body.getString("Type").orElse("");
            Set<String> allowed = ALLOWED.getOrDefault(type, Set.of());
            for (MapNode.Entry property : properties.get().entries()) {
                walk(ctx, resource.key(), type, allowed, property.value(), property.key());
            }
        }
    }

    private static void walk(LintContext ctx, String logicalId, String type, Set<String> allowed, Node node, String path) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.value().contains(SECURE) && !allowed.contains(path)) {
                ctx.report(scalar, logicalId + "." + path.replace('/', '.') + " uses an ssm-secure dynamic reference,"
                        + " which CloudFormation resolves only in a few password properties" + (allowed.isEmpty() ? ""
                                : " (for " + type + ": " + String.join(", ", new java.util.TreeSet<>(allowed)).replace('/', '.') + ")")
                        + "; use {{resolve:secretsmanager:...}} or a plain {{resolve:ssm:...}} parameter here");
            }
        } else if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                walk(ctx, logicalId, type, allowed, item, path);
            }
        } else if (node instanceof MapNode map) {
            boolean function = Intrinsics.isFunction(map);
            for (MapNode.Entry entry : map.entries()) {
                walk(ctx, logicalId, type, allowed, entry.value(), function ? path : path + "/" + entry.key());
            }
        }
    }
}
