package dev.collabinfra.testendpoint;

import java.util.Map;
import java.util.Set;

/** Writes the API's shapes (Stack, StackEvent, StackResource, Change, ...) with AWS's element names. */
final class Shapes {

    static final String MASK = "****";

    private Shapes() {}

    static void stack(Xml xml, Stack stack) {
        stack(xml, stack, new Compatibility());
    }

    /** The stack as DescribeStacks shows it, with the compatibility switches that change that. */
    static void stack(Xml xml, Stack stack, Compatibility compatibility) {
        Set<String> noEcho = Parameters.noEcho(stack.config.template.template());
        xml.leaf("StackId", stack.id)
                .leaf("StackName", stack.name)
                .leaf("ChangeSetId", stack.changeSetId)
                .leaf("Description", stack.config.template.template().root().getString("Description").orElse(null));
        parameters(xml, compatibility.shownParameters(stack.config.template.template(), stack.config.parameters), noEcho);
        xml.leaf("CreationTime", stack.created)
                .leaf("DeletionTime", stack.deleted)
                .leaf("LastUpdatedTime", stack.lastUpdated)
                .open("RollbackConfiguration").close("RollbackConfiguration")
                .leaf("StackStatus", stack.status)
                .leaf("StackStatusReason", stack.reason)
                .leaf("DisableRollback", stack.disableRollback)
                .strings("NotificationARNs", stack.config.notificationArns)
                .leaf("TimeoutInMinutes", stack.timeoutInMinutes)
                .strings("Capabilities", stack.config.capabilities)
                .members("Outputs", stack.outputs, (x, o) -> x.leaf("OutputKey", o.key()).leaf("OutputValue", o.value())
                        .leaf("Description", o.description()).leaf("ExportName", o.exportName()))
                .leaf("RoleARN", stack.config.roleArn);
        tags(xml, compatibility.shownTags(stack, stack.config.tags));
        xml.leaf("EnableTerminationProtection", stack.terminationProtection)
                .leaf("ParentId", stack.parentId)
                .leaf("RootId", stack.rootId)
                .open("DriftInformation").leaf("StackDriftStatus", "NOT_CHECKED").close("DriftInformation");
    }

    static void parameters(Xml xml, Map<String, String> values, Set<String> noEcho) {
        xml.members("Parameters", values.entrySet(), (x, e) -> x.leaf("ParameterKey", e.getKey())
                .leaf("ParameterValue", e.getValue() == null ? null : noEcho.contains(e.getKey()) ? MASK : e.getValue()));
    }

    static void tags(Xml xml, Map<String, String> tags) {
        xml.members("Tags", tags.entrySet(), (x, e) -> x.leaf("Key", e.getKey()).leaf("Value", e.getValue()));
    }

    static void event(Xml xml, StackEvent event) {
        xml.leaf("StackId", event.stackId())
                .leaf("EventId", event.eventId())
                .leaf("StackName", event.stackName())
                .leaf("LogicalResourceId", event.logicalId())
                .leaf("PhysicalResourceId", event.physicalId())
                .leaf("ResourceType", event.resourceType())
                .leaf("Timestamp", event.timestamp())
                .leaf("ResourceStatus", event.status())
                .leaf("ResourceStatusReason", event.reason())
                .leaf("ClientRequestToken", event.clientRequestToken());
    }

    static void resource(Xml xml, Stack stack, ResourceState resource) {
        xml.leaf("StackName", stack.name)
                .leaf("StackId", stack.id)
                .leaf("LogicalResourceId", resource.logicalId)
                .leaf("PhysicalResourceId", resource.physicalId)
                .leaf("ResourceType", resource.type)
                .leaf("Timestamp", resource.timestamp)
                .leaf("ResourceStatus", resource.status)
                .leaf("ResourceStatusReason", resource.reason)
                .open("DriftInformation").leaf("StackResourceDriftStatus", "NOT_CHECKED").close("DriftInformation");
    }

    static void resourceSummary(Xml xml, ResourceState resource) {
        xml.leaf("LogicalResourceId", resource.logicalId)
                .leaf("PhysicalResourceId", resource.physicalId)
                .leaf("ResourceType", resource.type)
                .leaf("LastUpdatedTimestamp", resource.timestamp)
                .leaf("ResourceStatus", resource.status)
                .leaf("ResourceStatusReason", resource.reason)
                .open("DriftInformation").leaf("StackResourceDriftStatus", "NOT_CHECKED").close("DriftInformation");
    }

    static void change(Xml xml, ResourceChange change) {
        xml.leaf("Type", "Resource").leaf("HookInvocationCount", null).open("ResourceChange")
                .leaf("Action", change.action())
                .leaf("LogicalResourceId", change.logicalId())
                .leaf("PhysicalResourceId", change.physicalId())
                .leaf("ResourceType", change.resourceType())
                .leaf("Replacement", change.replacement())
                .strings("Scope", change.scope())
                .members("Details", change.details(), (x, d) -> {
                    x.open("Target").leaf("Attribute", d.attribute()).leaf("Name", d.name())
                            .leaf("RequiresRecreation", d.requiresRecreation()).close("Target")
                            .leaf("Evaluation", d.evaluation())
                            .leaf("ChangeSource", d.changeSource())
                            .leaf("CausingEntity", d.causingEntity());
                })
                .leaf("ChangeSetId", change.nestedChangeSetId())
                .close("ResourceChange");
    }

    static void changeSetSummary(Xml xml, ChangeSet changeSet) {
        xml.leaf("StackId", changeSet.stackId)
                .leaf("StackName", changeSet.stackName)
                .leaf("ChangeSetId", changeSet.id)
                .leaf("ChangeSetName", changeSet.name)
                .leaf("ExecutionStatus", changeSet.executionStatus)
                .leaf("Status", changeSet.status)
                .leaf("StatusReason", changeSet.statusReason)
                .leaf("CreationTime", changeSet.created)
                .leaf("Description", changeSet.description)
                .leaf("IncludeNestedStacks", changeSet.includeNestedStacks)
                .leaf("ParentChangeSetId", changeSet.parentChangeSetId)
                .leaf("RootChangeSetId", changeSet.rootChangeSetId);
    }
}
