package dev.collabinfra.bench;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.SdkStackGateway;
import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleResolver;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.deploy.BundleTemplates;
import dev.collabinfra.deploy.DeployContext;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.regions.MultiRegionDeployer;
import dev.collabinfra.deploy.regions.RegionOutcome;
import dev.collabinfra.deploy.regions.RegionTarget;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.OperationPreferences;
import dev.collabinfra.template.TemplateParser;
import dev.collabinfra.testendpoint.RecordedCall;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The example (seven stacks) deployed to three regions of the local endpoint at once, as the
 * deploy goal runs a multi-region environment (upload to a bucket per region, every change set
 * first, then the executions with maxConcurrentCount 3), against the same example deployed to one
 * region the single-region way; the wall time ratio and the CloudFormation calls per region.
 */
final class RegionsBench {

    static final String SECTION = "Regions";
    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-south-1");

    private final BenchOptions options;
    private final Report report;
    private final DeployRig rig;
    private final List<AwsClients> clients = new ArrayList<>();

    RegionsBench(BenchOptions options, Report report, DeployRig rig) {
        this.options = options;
        this.report = report;
        this.rig = rig;
    }

    void run() throws Exception {
        try {
            measure(rig.cfn, "50 ms per resource", "regions-50ms.log", options.smoke() ? 1 : REPETITIONS);
            if (!options.smoke() && Boolean.parseBoolean(System.getProperty("bench.regions.slow", "true"))) {
                // Provisioning closer to AWS's (seconds, not milliseconds): the fixed costs of polling weigh less.
                try (dev.collabinfra.testendpoint.LocalCloudFormation slow = dev.collabinfra.testendpoint.LocalCloudFormation.builder()
                        .s3Endpoint(rig.s3.endpoint()).resourceDelay(Duration.ofMillis(500)).start()) {
                    measure(slow, "500 ms per resource", "regions-500ms.log", SLOW_REPETITIONS);
                }
            }
        } finally {
            clients.forEach(AwsClients::close);
        }
    }

    /** Repetitions of each figure (one region, three regions, alternating); the medians are compared. */
    static final int REPETITIONS = Integer.getInteger("bench.regions.repetitions", 5);
    static final int SLOW_REPETITIONS = Integer.getInteger("bench.regions.slowRepetitions", 3);

    /** One measured run: its wall time and the CloudFormation calls per region. */
    private record Run(double millis, Map<String, Map<String, Integer>> calls) {

        int total() {
            return calls.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }
    }

    private void measure(dev.collabinfra.testendpoint.LocalCloudFormation cfn, String label, String logName, int repetitions)
            throws Exception {
        Environment dev = DeployBench.devEnvironment(options);
        Bundle bundle = new BundleResolver(new TemplateParser(), options.exampleDir())
                .resolve(options.exampleDir().resolve("src/main/cloudformation/main.yaml"));
        String loadBefore = loadAverage();

        // A warm-up deploy of each kind first (not measured), so the figures show waits and calls, not this JVM loading classes.
        BundleUpload.Result warm = rig.upload(bundle, rig.target("bench-regions-single", "collab-platform/dev"),
                options.workDir().resolve("regions-warmup"));
        single(cfn).deploy(request(dev, "bench-regions-warmup", bundle, warm));
        three(cfn, dev, bundle, "bench-regions-warmup3", ProgressListener.silent());

        List<Run> ones = new ArrayList<>();
        List<Run> threes = new ArrayList<>();
        for (int i = 1; i <= repetitions; i++) {
            cfn.reset();
            long start = System.nanoTime();
            BundleUpload.Result uploaded = rig.upload(bundle, rig.target("bench-regions-single", "collab-platform/dev"),
                    options.workDir().resolve("regions-single"));
            single(cfn).deploy(request(dev, "bench-regions-one-" + i, bundle, uploaded));
            ones.add(new Run((System.nanoTime() - start) / 1e6, perRegion(cfn)));

            cfn.reset();
            start = System.nanoTime();
            three(cfn, dev, bundle, "bench-regions-three-" + i, timed(start, logName));
            threes.add(new Run((System.nanoTime() - start) / 1e6, perRegion(cfn)));
        }
        double oneMs = Measure.median(ones.stream().map(Run::millis).toList());
        double threeMs = Measure.median(threes.stream().map(Run::millis).toList());
        double ratio = threeMs / oneMs;
        List<String> ratios = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            ratios.add(String.format("%.2f", threes.get(i).millis() / ones.get(i).millis()));
        }
        report.note("Regions figures (" + label + "): " + repetitions + " repetition(s) of each, alternating, after one warm-up deploy of"
                + " each kind in the same JVM; medians compared. Load average before " + loadBefore + ", after " + loadAverage()
                + ". The timed log of the last three-region run is target/bench/" + logName + ".");
        report.info(SECTION, label + ": create, one region (single-region deploy), median of " + repetitions, Measure.format(oneMs)
                + " ms (runs " + millis(ones) + "), " + ones.get(ones.size() - 1).total() + " CloudFormation calls");
        report.info(SECTION, label + ": create, three regions at once, median of " + repetitions, Measure.format(threeMs)
                + " ms (runs " + millis(threes) + ")");
        report.atMost(SECTION, label + ": create, three regions at once / one region (wall time, medians)", ratio, 1.5, "x",
                String.format("%.2fx (per repetition %s; us-east-1, eu-west-1, ap-south-1, maxConcurrentCount 3)", ratio,
                        String.join(" ", ratios)));
        threes.get(threes.size() - 1).calls().forEach((region, byAction) -> report.info(SECTION, label
                + ": create, three regions: CloudFormation calls in " + region,
                byAction.values().stream().mapToInt(Integer::intValue).sum() + " calls " + byAction));
    }

    /** The example in three regions through the orchestrator, as the deploy goal runs a regions: environment. */
    private void three(dev.collabinfra.testendpoint.LocalCloudFormation cfn, Environment dev, Bundle bundle, String stack,
            ProgressListener out) throws Exception {
        List<RegionTarget> targets = new ArrayList<>();
        for (String region : REGIONS) {
            AwsClients regional = new AwsClients(new AwsSettings(region, cfn.endpoint(), null, "bench-key", "bench-secret", null));
            clients.add(regional);
            SdkStackGateway gateway = new SdkStackGateway(regional.cloudFormation(), Sleeper.system(), "local " + region);
            targets.add(new RegionTarget(region, o -> new DeployContext(gateway, o, Clock.systemUTC(), Sleeper.system(), true,
                    () -> UUID.randomUUID().toString()), o -> {
                        BundleUpload.Result r = rig.upload(bundle, rig.target("bench-regions-" + region, "collab-platform/dev"),
                                options.workDir().resolve("regions-" + region));
                        return request(dev, stack, bundle, r);
                    }));
        }
        MultiRegionDeployer.Result result = new MultiRegionDeployer(out,
                new OperationPreferences(List.of(), 3, null, 0, null, null, null)).deploy(targets);
        if (!result.failed().isEmpty() || result.outcomes().stream().anyMatch(o -> o.status() != RegionOutcome.Status.DEPLOYED)) {
            throw new IllegalStateException("the three-region deploy did not deploy every region: " + result.summary());
        }
    }

    private static Map<String, Map<String, Integer>> perRegion(dev.collabinfra.testendpoint.LocalCloudFormation cfn) {
        Map<String, Map<String, Integer>> perRegion = new TreeMap<>();
        for (RecordedCall call : cfn.recordedCalls()) {
            if (call.region() != null && !call.action().startsWith("S3 ")) {
                perRegion.computeIfAbsent(call.region(), r -> new TreeMap<>()).merge(call.action(), 1, Integer::sum);
            }
        }
        return perRegion;
    }

    private static String millis(List<Run> runs) {
        return String.join(" ", runs.stream().map(r -> Measure.format(r.millis())).toList());
    }

    /** The 1, 5 and 15 minute load averages (the machine is shared), or "unknown". */
    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Lines with the milliseconds since {@code start}, to {@code regions.log} in the work directory (where the time goes). */
    private ProgressListener timed(long start, String logName) throws java.io.IOException {
        java.io.PrintWriter log = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(options.workDir().resolve(logName)), true);
        return new ProgressListener() {
            private synchronized void line(String level, String message) {
                log.println(String.format("%6d %s %s", (System.nanoTime() - start) / 1_000_000, level, message));
            }

            @Override
            public void info(String message) {
                line("INFO", message);
            }

            @Override
            public void detail(String message) {
                line("DEBUG", message);
            }

            @Override
            public void warn(String message) {
                line("WARN", message);
            }

            @Override
            public void error(String message) {
                line("ERROR", message);
            }
        };
    }

    /** The single-region deploy core against {@code cfn}, as the deploy goal runs it (real pauses). */
    private dev.collabinfra.deploy.StackDeployer single(dev.collabinfra.testendpoint.LocalCloudFormation cfn) {
        AwsClients one = new AwsClients(new AwsSettings(DeployRig.REGION, cfn.endpoint(), null, "bench-key", "bench-secret", null));
        clients.add(one);
        SdkStackGateway gateway = new SdkStackGateway(one.cloudFormation(), Sleeper.system(), "local " + DeployRig.REGION);
        return new dev.collabinfra.deploy.StackDeployer(new DeployContext(gateway, ProgressListener.silent(), Clock.systemUTC(),
                Sleeper.system(), true, () -> UUID.randomUUID().toString()));
    }

    private static DeployRequest request(Environment dev, String stack, Bundle bundle, BundleUpload.Result uploaded) {
        return DeployRequests.plain("dev", stack, new BundleTemplates(bundle, uploaded.rendered()), dev.parameters(), dev.tags(),
                dev.capabilities(), Duration.ofMinutes(10));
    }
}
