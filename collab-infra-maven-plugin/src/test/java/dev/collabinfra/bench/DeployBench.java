package dev.collabinfra.bench;

import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleResolver;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.bundle.UploadTarget;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.DeployResult;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.EnvironmentLoader;
import dev.collabinfra.template.TemplateParser;
import dev.collabinfra.testendpoint.RecordedCall;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * Deploys the example (seven stacks: main and six nested) to the local endpoint the way the deploy
 * goal does (upload step, then change set flow), three times: create, no-op, update of one
 * parameter. Reports the plugin's own time (total minus the endpoint's provisioning window), the
 * CloudFormation calls and S3 PUTs, the polling pattern, and how soon a finished stack is noticed.
 */
final class DeployBench {

    static final String SECTION = "Deploy";
    static final String STACK = "bench-collab-dev";

    /** One measured deploy. */
    record Run(String name, DeployResult result, double totalMs, double uploadMs, double planMs, double provisioningMs, double noticedMs,
            List<RecordedCall> calls, int puts, List<Instant> pauses) {

        double overheadMs() {
            return totalMs - provisioningMs;
        }

        String callSummary() {
            Map<String, Integer> byAction = new TreeMap<>();
            calls.forEach(c -> byAction.merge(c.action(), 1, Integer::sum));
            return calls.size() + " calls " + byAction;
        }
    }

    private final BenchOptions options;
    private final Report report;
    private final DeployRig rig;
    private final Map<String, Run> runs = new LinkedHashMap<>();

    DeployBench(BenchOptions options, Report report, DeployRig rig) {
        this.options = options;
        this.report = report;
        this.rig = rig;
    }

    void run() throws Exception {
        Path templates = options.exampleDir().resolve("src/main/cloudformation");
        Environment dev = devEnvironment(options);
        Bundle bundle = new BundleResolver(new TemplateParser(), options.exampleDir()).resolve(templates.resolve("main.yaml"));
        UploadTarget target = rig.target("bench-deploy", "collab-platform/dev");

        if (!options.smoke()) {
            warmUp(bundle);
        }
        Run create = deploy("create", bundle, target, dev, Map.of());
        report.info(SECTION, "create: 7 stacks, total", Measure.format(create.totalMs()) + " ms (" + create.result().outcome() + ", "
                + create.result().finalState().status() + ")");
        overheadRows(create);
        report.info(SECTION, "create: CloudFormation calls / S3 PUTs", create.callSummary() + "; " + create.puts() + " PUTs");

        Run noop = deploy("no-op", bundle, target, dev, Map.of());
        report.atMost(SECTION, "no-op: CloudFormation calls", noop.calls().size(), 3, "calls", noop.callSummary() + " (" + noop.result().outcome() + ")");
        report.atMost(SECTION, "no-op: S3 PUTs", noop.puts(), 0, "PUTs", noop.puts() + " PUTs");
        report.info(SECTION, "no-op: total", Measure.format(noop.totalMs()) + " ms");

        Run update = deploy("update", bundle, target, dev, Map.of("DesiredCapacity", "2"));
        report.info(SECTION, "update (DesiredCapacity 1 -> 2): total", Measure.format(update.totalMs()) + " ms (" + update.result().outcome()
                + (update.result().plan() == null ? "" : ", plan of " + update.result().plan().changes().size() + " changes") + ")");
        overheadRows(update);
        report.info(SECTION, "update: CloudFormation calls / S3 PUTs", update.callSummary() + "; " + update.puts() + " PUTs");

        int worst = Math.max(worstEventsCallsPerStackPerPoll(create), worstEventsCallsPerStackPerPoll(update));
        report.atMost(SECTION, "DescribeStackEvents per active stack per poll (max, create and update)", worst, 1, "",
                worst + " (pages of one stack's events count once)");
        for (Run run : List.of(create, update)) {
            worstPoll(run).filter(e -> e.getValue() > 1).ifPresent(e -> report.note(run.name() + ": poll " + e.getKey().split(" ")[0]
                    + " sent " + describePoll(run, Long.parseLong(e.getKey().split(" ")[0]))));
        }

        new EventFollowBench(options, report, rig).run();
    }

    /**
     * One upload and one small deploy before measuring, so the figures show the plugin's waits and
     * calls rather than this JVM loading the SDK (a build's fresh JVM pays that; see Build).
     */
    private void warmUp(Bundle bundle) throws Exception {
        rig.upload(bundle, rig.target("bench-warmup", "warmup"), options.workDir().resolve("deploy-warmup"));
        String queue = "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n";
        rig.deploy(DeployRequests.plain("warmup", "bench-warmup", dev.collabinfra.deploy.RenderedTemplates.single(queue), Map.of(), Map.of(),
                List.of(), Duration.ofMinutes(5)), ProgressListener.silent());
        report.note("Deploy figures follow one warm-up upload and deploy of another stack in the same JVM.");
    }

    /** The measured runs by name (create, no-op, update), for the peers' ratios. */
    Map<String, Run> runs() {
        return Map.copyOf(runs);
    }

    /** The example's dev environment, with the values the build would interpolate. */
    static Environment devEnvironment(BenchOptions options) {
        return new EnvironmentLoader(Map.of("collab.container.image", "123456789.dkr.ecr.us-east-1.amazonaws.com/collaboration-server:bench",
                "project.version", "bench"), Map.of()).load(options.exampleDir().resolve("src/main/cloudformation"), "dev");
    }

    private void overheadRows(Run run) {
        report.atMost(SECTION, run.name() + ": plugin overhead (total minus provisioning)", run.overheadMs(), 2000, "ms",
                Measure.format(run.overheadMs()) + " ms: upload " + Measure.format(run.uploadMs()) + ", change set until executed "
                        + Measure.format(run.planMs()) + ", noticing the end " + Measure.format(run.noticedMs()) + " (provisioning window "
                        + Measure.format(run.provisioningMs()) + " ms, not counted)");
        report.atMost(SECTION, run.name() + ": finished stack noticed after", run.noticedMs(), 2000, "ms",
                Measure.format(run.noticedMs()) + " ms from the final event to the goal returning");
    }

    private Run deploy(String name, Bundle bundle, UploadTarget target, Environment env, Map<String, String> overrides) throws Exception {
        rig.cfn.reset();
        rig.putCounter.reset();
        rig.polls.reset();
        Map<String, String> parameters = new LinkedHashMap<>(env.parameters());
        parameters.putAll(overrides);
        long start = System.nanoTime();
        BundleUpload.Result uploaded = rig.upload(bundle, target, options.workDir().resolve("deploy-" + name));
        Instant uploadEnd = Instant.now();
        double uploadMs = (System.nanoTime() - start) / 1e6;
        DeployRequest request = DeployRequests.plain("dev", STACK, new dev.collabinfra.deploy.BundleTemplates(bundle, uploaded.rendered()), parameters, env.tags(),
                env.capabilities(), Duration.ofMinutes(10));
        DeployResult result = rig.deploy(request, ProgressListener.silent());
        Instant returned = Instant.now();
        double totalMs = (System.nanoTime() - start) / 1e6;
        List<RecordedCall> calls = rig.cfn.recordedCalls();
        int puts = rig.putCounter.puts();
        List<Instant> pauses = rig.polls.pauses();
        double provisioningMs = 0;
        double noticedMs = 0;
        double planMs = 0;
        Instant executed = calls.stream().filter(c -> c.action().equals("ExecuteChangeSet")).map(RecordedCall::received).findFirst().orElse(null);
        if (executed != null) {
            Instant settled = settledAt(result.finalState().status());
            provisioningMs = Duration.between(executed, settled).toNanos() / 1e6;
            planMs = Duration.between(uploadEnd, executed).toNanos() / 1e6;
            noticedMs = Duration.between(settled, returned).toNanos() / 1e6;
        }
        Run run = new Run(name, result, totalMs, uploadMs, planMs, provisioningMs, noticedMs, calls, puts, pauses);
        runs.put(name, run);
        return run;
    }

    /** When the main stack's own event reached the final status (read after the measured run). */
    private Instant settledAt(String status) {
        for (StackEvent event : rig.cloudFormation().describeStackEvents(r -> r.stackName(STACK)).stackEvents()) {
            if (event.logicalResourceId().equals(STACK) && status.equals(event.resourceStatusAsString())) {
                return event.timestamp();
            }
        }
        throw new IllegalStateException("no " + status + " event of stack " + STACK);
    }

    /** Calls between two pauses are one poll; the most DescribeStackEvents first pages one stack got in one poll. */
    static int worstEventsCallsPerStackPerPoll(Run run) {
        return worstPoll(run).map(Map.Entry::getValue).orElse(0);
    }

    /**
     * The poll (index) and stack with the most DescribeStackEvents first pages while following, and
     * how many. The one call before ExecuteChangeSet (it notes the newest event, so only new ones
     * are shown) is not following and is left out.
     */
    static java.util.Optional<Map.Entry<String, Integer>> worstPoll(Run run) {
        Map<String, Integer> perPollAndStack = new HashMap<>();
        Instant executed = run.calls().stream().filter(c -> c.action().equals("ExecuteChangeSet")).map(RecordedCall::received)
                .findFirst().orElse(Instant.MAX);
        for (RecordedCall call : run.calls()) {
            if (!call.action().equals("DescribeStackEvents") || call.parameters().containsKey("NextToken")
                    || call.received().isBefore(executed)) {
                continue;
            }
            perPollAndStack.merge(pollOf(run, call) + " " + call.parameters().get("StackName"), 1, Integer::sum);
        }
        return perPollAndStack.entrySet().stream().max(Map.Entry.comparingByValue());
    }

    /** What one poll sent, in order, with short stack names: how a worst case came about. */
    static String describePoll(Run run, long poll) {
        StringBuilder calls = new StringBuilder();
        for (RecordedCall call : run.calls()) {
            if (pollOf(run, call) == poll) {
                String stack = call.parameters().getOrDefault("StackName", "");
                stack = stack.contains("/") ? stack.split("/")[1] : stack;
                calls.append(calls.length() == 0 ? "" : ", ").append(call.action()).append(stack.isEmpty() ? "" : "(" + stack + ")")
                        .append(call.parameters().containsKey("NextToken") ? "[next page]" : "");
            }
        }
        return calls.toString();
    }

    private static long pollOf(Run run, RecordedCall call) {
        return run.pauses().stream().filter(p -> !p.isAfter(call.received())).count();
    }
}
