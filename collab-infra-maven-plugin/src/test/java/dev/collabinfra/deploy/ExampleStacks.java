package dev.collabinfra.deploy;

import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/**
 * What {@link ExampleProjectDeployTest} reads back from the endpoint with the SDK itself, not
 * through the gateway under test: nested stack ids, statuses, outputs, events and resources. Every
 * call here is recorded by the endpoint too, so the test takes its call counts before using this.
 */
final class ExampleStacks {

    private static final String STACK_TYPE = "AWS::CloudFormation::Stack";

    /** A stack's status and when it was last updated (null: never). */
    record Snapshot(String status, Instant lastUpdated) {}

    /** One resource change of a change set, nested ones addressed {@code Nested/LogicalId}, with its details' evaluations. */
    record Change(String address, String action, Set<String> evaluations) {}

    private final CloudFormationClient client;

    ExampleStacks(CloudFormationClient client) {
        this.client = client;
    }

    /** Logical id of each nested stack of the stack, to its stack id. */
    Map<String, String> nestedStackIds(String stack) {
        Map<String, String> ids = new TreeMap<>();
        for (StackResourceSummary r : resources(stack)) {
            if (STACK_TYPE.equals(r.resourceType())) {
                ids.put(r.logicalResourceId(), r.physicalResourceId());
            }
        }
        return ids;
    }

    /** The status of each stack, by id (deleted stacks are only found by id). */
    List<String> statuses(Collection<String> stackIds) {
        return stackIds.stream().map(id -> describe(id).stackStatusAsString()).toList();
    }

    Map<String, String> outputs(String stack) {
        Map<String, String> outputs = new TreeMap<>();
        describe(stack).outputs().forEach(o -> outputs.put(o.outputKey(), o.outputValue()));
        return outputs;
    }

    Map<String, Snapshot> snapshots(Map<String, String> stackIds) {
        Map<String, Snapshot> snapshots = new TreeMap<>();
        stackIds.forEach((name, id) -> {
            Stack stack = describe(id);
            snapshots.put(name, new Snapshot(stack.stackStatusAsString(), stack.lastUpdatedTime()));
        });
        return snapshots;
    }

    /** Logical ids of the stack's resources (not the stack itself) that have any UPDATE_* event. */
    TreeSet<String> updatedResources(String stackId) {
        TreeSet<String> ids = new TreeSet<>();
        events(stackId).stream()
                .filter(e -> !isTheStackItself(e, stackId) && e.resourceStatusAsString().startsWith("UPDATE_"))
                .forEach(e -> ids.add(e.logicalResourceId()));
        return ids;
    }

    /** Every UPDATE_* event of the stack and its resources, as "logicalId STATUS". */
    List<String> updateEvents(String stackId) {
        return events(stackId).stream().filter(e -> e.resourceStatusAsString().startsWith("UPDATE_"))
                .map(e -> e.logicalResourceId() + " " + e.resourceStatusAsString()).toList();
    }

    /** Each resource's newest status in the stack's events (the stack itself left out). */
    Map<String, String> lastResourceStatuses(String stackId) {
        Map<String, String> last = new TreeMap<>();
        // events come newest first
        for (StackEvent e : events(stackId)) {
            if (!isTheStackItself(e, stackId)) {
                last.putIfAbsent(e.logicalResourceId(), e.resourceStatusAsString());
            }
        }
        return last;
    }

    /**
     * Per nested stack, the resources it holds whose DeletionPolicy is Retain (logical id to type),
     * read from the template the stack runs, so conditional resources that were never created are left out.
     */
    Map<String, Map<String, String>> retainedResources(Map<String, String> nestedStackIds) {
        Map<String, Map<String, String>> retained = new TreeMap<>();
        nestedStackIds.forEach((name, id) -> {
            Template template = new TemplateParser().parseText(Path.of(name + ".template"),
                    client.getTemplate(g -> g.stackName(id)).templateBody()).templateIfParsed().orElseThrow();
            List<String> existing = resources(id).stream().map(StackResourceSummary::logicalResourceId).toList();
            Map<String, String> kept = new LinkedHashMap<>();
            for (MapNode.Entry resource : template.resources().entries()) {
                MapNode body = (MapNode) resource.value();
                if ("Retain".equals(body.getString("DeletionPolicy").orElse(null)) && existing.contains(resource.key())) {
                    kept.put(resource.key(), body.getString("Type").orElseThrow());
                }
            }
            retained.put(name, kept);
        });
        return retained;
    }

    /** Every change of the change set and of its nested change sets, as CloudFormation describes them. */
    List<Change> changeSet(String changeSetId) {
        List<Change> changes = new ArrayList<>();
        collect(changeSetId, "", changes);
        return changes;
    }

    private void collect(String changeSetId, String prefix, List<Change> into) {
        String token = null;
        do {
            String page = token;
            DescribeChangeSetResponse response = client.describeChangeSet(d -> d.changeSetName(changeSetId).nextToken(page));
            for (software.amazon.awssdk.services.cloudformation.model.Change change : response.changes()) {
                ResourceChange r = change.resourceChange();
                Set<String> evaluations = new TreeSet<>();
                r.details().forEach(d -> evaluations.add(d.evaluationAsString()));
                into.add(new Change(prefix + r.logicalResourceId(), r.actionAsString(), evaluations));
                if (r.changeSetId() != null) {
                    collect(r.changeSetId(), prefix + r.logicalResourceId() + "/", into);
                }
            }
            token = response.nextToken();
        } while (token != null);
    }

    private Stack describe(String stackNameOrId) {
        return client.describeStacks(d -> d.stackName(stackNameOrId)).stacks().get(0);
    }

    private List<StackResourceSummary> resources(String stack) {
        List<StackResourceSummary> all = new ArrayList<>();
        client.listStackResourcesPaginator(l -> l.stackName(stack)).stackResourceSummaries().forEach(all::add);
        return all;
    }

    /** Every event of the stack, all pages, newest first. */
    private List<StackEvent> events(String stackId) {
        List<StackEvent> all = new ArrayList<>();
        client.describeStackEventsPaginator(d -> d.stackName(stackId)).stackEvents().forEach(all::add);
        return all;
    }

    private static boolean isTheStackItself(StackEvent e, String stackId) {
        return STACK_TYPE.equals(e.resourceType()) && stackId.equals(e.physicalResourceId());
    }
}
