package dev.collabinfra.testendpoint;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One region of the local endpoint: its own stacks, change sets and exports (as in AWS, a stack
 * named {@code shop} in us-east-1 and one in eu-west-1 are two stacks), provisioned on the
 * region's own worker thread. The endpoint makes one on the first request signed for a region.
 */
final class RegionalBackend {

    final String region;
    final StackStore store;
    final Backend backend;
    final Map<String, Function<QueryRequest, Consumer<Xml>>> actions;

    RegionalBackend(String region, ScheduledExecutorService worker, TemplateSource templates, Duration resourceDelay,
            UpdateTypeLookup updateTypes, int pageSize, Compatibility compatibility, Map<String, Function<QueryRequest, Consumer<Xml>>> shared) {
        this.region = region;
        this.store = new StackStore(Clock.systemUTC());
        StackEngine engine = new StackEngine(store, worker, templates, resourceDelay, compatibility);
        StackUpdater updater = new StackUpdater(engine, updateTypes);
        this.backend = new Backend(store, engine, updater, new ChangeSetPlanner(engine, updateTypes), templates, pageSize);
        StackActions stacks = new StackActions(backend);
        ChangeSetActions changeSets = new ChangeSetActions(backend);
        TemplateActions templateActions = new TemplateActions(backend);
        Map<String, Function<QueryRequest, Consumer<Xml>>> table = new LinkedHashMap<>(Map.ofEntries(
                Map.entry("CreateStack", stacks::createStack),
                Map.entry("UpdateStack", stacks::updateStack),
                Map.entry("DeleteStack", stacks::deleteStack),
                Map.entry("DescribeStacks", stacks::describeStacks),
                Map.entry("DescribeStackEvents", stacks::describeStackEvents),
                Map.entry("DescribeStackResources", stacks::describeStackResources),
                Map.entry("ListStackResources", stacks::listStackResources),
                Map.entry("UpdateTerminationProtection", stacks::updateTerminationProtection),
                Map.entry("CancelUpdateStack", stacks::cancelUpdateStack),
                Map.entry("ContinueUpdateRollback", stacks::continueUpdateRollback),
                Map.entry("GetTemplate", templateActions::getTemplate),
                Map.entry("GetTemplateSummary", templateActions::getTemplateSummary),
                Map.entry("ValidateTemplate", templateActions::validateTemplate),
                Map.entry("CreateChangeSet", changeSets::createChangeSet),
                Map.entry("DescribeChangeSet", changeSets::describeChangeSet),
                Map.entry("ExecuteChangeSet", changeSets::executeChangeSet),
                Map.entry("DeleteChangeSet", changeSets::deleteChangeSet),
                Map.entry("ListChangeSets", changeSets::listChangeSets)));
        // Actions that are not per region (STS, StackSets) are the same objects in every region.
        table.putAll(shared);
        this.actions = Map.copyOf(table);
    }
}
