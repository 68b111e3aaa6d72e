package dev.collabinfra.bench;

import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleResolver;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.services.cloudformation.model.StackResource;

/**
 * Memory while following many events: a main stack with 20 nested stacks whose resources together
 * make about {@code bench.events} events, deployed from a child JVM so the heap figures hold only
 * the plugin's side (the endpoint, which keeps every event, stays in this JVM). Twice: paced (each
 * nested stack's resources in a DependsOn chain, so events arrive over time as in a real deploy)
 * and in a burst (all resources at once, so a nested stack has hundreds of events before it is
 * first read). Both report how many of the events the endpoint produced were shown.
 */
final class EventFollowBench {

    static final int NESTED = 20;

    private final BenchOptions options;
    private final Report report;
    private final DeployRig rig;

    EventFollowBench(BenchOptions options, Report report, DeployRig rig) {
        this.options = options;
        this.report = report;
        this.rig = rig;
    }

    void run() throws Exception {
        follow(true);
        follow(false);
    }

    private void follow(boolean paced) throws Exception {
        // the endpoint, like AWS, makes three events per resource (IN_PROGRESS, IN_PROGRESS "Resource
        // creation Initiated", COMPLETE); each stack two of its own
        int perStack = Math.max(1, options.followEvents() / (3 * NESTED));
        String name = paced ? "paced" : "burst";
        Path dir = options.workDir().resolve("events-" + name);
        Files.createDirectories(dir);
        StringBuilder main = new StringBuilder("Resources:\n");
        for (int s = 0; s < NESTED; s++) {
            StringBuilder child = new StringBuilder("Resources:\n");
            for (int r = 0; r < perStack; r++) {
                child.append("  Queue").append(r).append(":\n    Type: AWS::SQS::Queue\n");
                if (paced && r > 0) {
                    child.append("    DependsOn: Queue").append(r - 1).append('\n');
                }
            }
            Files.writeString(dir.resolve("child" + s + ".yaml"), child);
            main.append("  Child").append(s).append(":\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./child")
                    .append(s).append(".yaml\n");
        }
        Files.writeString(dir.resolve("main.yaml"), main);
        Bundle bundle = new BundleResolver(new TemplateParser(), dir).resolve(dir.resolve("main.yaml"));
        BundleUpload.Result uploaded = rig.upload(bundle, rig.target("bench-events", name), dir.resolve("out"));
        rig.cfn.reset();
        String stack = "bench-events-" + name;

        ChildJvm.Outcome probe = ChildJvm.run(EventFollowProbe.class, List.of("-Xmx" + System.getProperty("bench.followXmx", "64m")),
                List.of(rig.cfn.endpoint().toString(), uploaded.packagedTemplate().toString(), stack,
                        dir.resolve("shown-events.txt").toString()), 900);
        long describeCalls = rig.cfn.count("DescribeStackEvents");
        long before = (long) probe.number("heapBeforeBytes");
        long after = (long) probe.number("heapAfterBytes");
        long peak = (long) probe.number("heapPeakBytes");
        int shown = (int) probe.number("eventLines");
        produced.clear();
        long produced = producedEvents(stack);
        Files.write(dir.resolve("produced-events.txt"), this.produced);
        report.info(DeployBench.SECTION, "follow " + produced + " events of " + (NESTED + 1) + " stacks, " + name + ": heap",
                "retained after GC +" + Measure.mb(after - before) + " (" + Measure.mb(before) + " -> " + Measure.mb(after)
                        + "); peak used " + Measure.mb(peak) + " (-Xmx" + System.getProperty("bench.followXmx", "64m") + "); " + Measure.format(probe.number("deployMs")) + " ms; "
                        + describeCalls + " DescribeStackEvents calls");
        report.add(DeployBench.SECTION, "follow, " + name + ": events shown of produced", "all", shown + " of " + produced,
                shown >= produced ? Report.Met.YES : Report.Met.NO);
    }

    /**
     * Every event of the deploy the endpoint holds for the stack and its nested stacks (read after
     * the run); the stack's REVIEW_IN_PROGRESS comes from the change set, before the deploy follows.
     */
    private long producedEvents(String stack) {
        long count = countEvents(stack);
        for (StackResource resource : rig.cloudFormation().describeStackResources(r -> r.stackName(stack)).stackResources()) {
            if (resource.resourceType().equals("AWS::CloudFormation::Stack")) {
                count += countEvents(resource.physicalResourceId());
            }
        }
        return count;
    }

    private long countEvents(String stack) {
        return rig.cloudFormation().describeStackEventsPaginator(r -> r.stackName(stack)).stackEvents().stream()
                .filter(e -> !"REVIEW_IN_PROGRESS".equals(e.resourceStatusAsString()))
                .peek(e -> produced.add(e.stackName() + " " + e.logicalResourceId() + " " + e.resourceStatusAsString() + " "
                        + e.timestamp() + " " + java.util.Objects.toString(e.resourceStatusReason(), "")))
                .count();
    }

    /** What the endpoint produced, one line per event, written beside the lines the deploy showed. */
    private final List<String> produced = new java.util.ArrayList<>();
}
