package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.MapNode;
import dev.collabinfra.testendpoint.template.Template;
import java.util.LinkedHashSet;
import java.util.Set;

/** The template checks CloudFormation makes before it accepts a template, with its messages. */
final class TemplateChecks {

    static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    private TemplateChecks() {}

    static void check(Template template) {
        if (template.root().containsKey("Transform")) {
            // Macros run inside AWS; the local endpoint cannot expand them.
            throw CfnError.validation("Template format error: the local endpoint does not expand Transform "
                    + "(macros such as AWS::Serverless run only in AWS)");
        }
        MapNode resources = template.resources();
        if (resources.isEmpty()) {
            throw CfnError.validation("Template format error: At least one Resources member must be defined.");
        }
        for (MapNode.Entry entry : resources.entries()) {
            if (!(entry.value() instanceof MapNode resource) || resource.getString("Type").isEmpty()) {
                throw CfnError.validation("Template format error: [/Resources/" + entry.key()
                        + "] Every Resources object must contain a Type member.");
            }
        }
        Set<String> known = new LinkedHashSet<>(resources.keys());
        known.addAll(template.parameters().keys());
        known.addAll(PSEUDO_PARAMETERS);
        Set<String> unresolved = new LinkedHashSet<>();
        for (MapNode.Entry entry : resources.entries()) {
            for (String name : References.in(entry.value())) {
                if (!known.contains(name)) {
                    unresolved.add(name);
                }
            }
        }
        if (!unresolved.isEmpty()) {
            throw CfnError.validation("Template format error: Unresolved resource dependencies " + unresolved
                    + " in the Resources block of the template");
        }
        Set<String> conditions = template.conditions().keys();
        for (MapNode.Entry entry : resources.entries()) {
            ((MapNode) entry.value()).getString("Condition").filter(c -> !conditions.contains(c)).ifPresent(c -> {
                throw CfnError.validation("Template format error: Unresolved dependencies [" + c
                        + "]. Cannot reference resources in the Conditions block of the template");
            });
        }
        References.order(References.dependencies(template));
    }
}
