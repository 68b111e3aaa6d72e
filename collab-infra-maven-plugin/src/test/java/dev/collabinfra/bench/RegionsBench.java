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
            measure(rig.cfn, "50 ms per resource", "regions-50ms.log");
            if (!options.smoke()) {
                // Provisioning closer to AWS's (seconds, not milliseconds): the fixed costs of polling weigh less.
                try (dev.collabinfra.testendpoint.LocalCloudFormation slow = dev.collabinfra.testendpoint.LocalCloudFormation.builder()
                        .s3Endpoint(rig.s3.endpoint()).resourceDelay(Duration.ofMillis(500)).start()) {
                    measure(slow, "500 ms per resource", "regions-500ms.log");
                }
            }
        } finally {
            clients.forEach(AwsClients::close);
        }
    }

    private void measure(dev.collabinfra.testendpoint.LocalCloudFormation cfn, String label, String logName) throws Exception {
        Environment dev = DeployBench.devEnvironment(options);
        Bundle bundle = new BundleResolver(new TemplateParser(), options.exampleDir())
                .resolve(options.exampleDir().resolve("src/main/cloudformation/main.yaml"));

        // A warm-up deploy first (not measured), so both figures show waits and calls, not this JVM loading the SDK.
        BundleUpload.Result warm = rig.upload(bundle, rig.target("bench-regions-single", "collab-platform/dev"),
                options.workDir().resolve("regions-warmup"));
        single(cfn).deploy(request(dev, "bench-regions-warmup", bundle, warm));
        report.note("Regions figures (" + label + ") follow one warm-up deploy of the example in the same JVM; the timed"
                + " log of the three-region run is target/bench/" + logName + ".");

        // One region, the single-region way: upload, then the deploy core.
        cfn.reset();
        long start = System.nanoTime();
        BundleUpload.Result uploaded = rig.upload(bundle, rig.target("bench-regions-single", "collab-platform/dev"),
                options.workDir().resolve("regions-single"));
        single(cfn).deploy(request(dev, "bench-regions-one", bundle, uploaded));
        double oneMs = (System.nanoTime() - start) / 1e6;
        int oneCalls = (int) cfn.recordedCalls().stream().filter(c -> !c.action().startsWith("S3 ")).count();

        // The same example in three regions through the orchestrator.
        cfn.reset();
        List<RegionTarget> targets = new ArrayList<>();
        for (String region : REGIONS) {
            AwsClients regional = new AwsClients(new AwsSettings(region, cfn.endpoint(), null, "bench-key", "bench-secret", null));
            clients.add(regional);
            SdkStackGateway gateway = new SdkStackGateway(regional.cloudFormation(), Sleeper.system(), "local " + region);
            targets.add(new RegionTarget(region, out -> new DeployContext(gateway, out, Clock.systemUTC(), Sleeper.system(), true,
                    () -> UUID.randomUUID().toString()), out -> {
                        BundleUpload.Result r = rig.upload(bundle, rig.target("bench-regions-" + region, "collab-platform/dev"),
                                options.workDir().resolve("regions-" + region));
                        return request(dev, "bench-regions-three", bundle, r);
                    }));
        }
        start = System.nanoTime();
        MultiRegionDeployer.Result result = new MultiRegionDeployer(timed(System.nanoTime(), logName),
                new OperationPreferences(List.of(), 3, null, 0, null, null, null)).deploy(targets);
        double threeMs = (System.nanoTime() - start) / 1e6;
        if (!result.failed().isEmpty() || result.outcomes().stream().anyMatch(o -> o.status() != RegionOutcome.Status.DEPLOYED)) {
            throw new IllegalStateException("the three-region deploy did not deploy every region: " + result.summary());
        }
        double ratio = threeMs / oneMs;
        report.info(SECTION, label + ": create, one region (single-region deploy)", Measure.format(oneMs) + " ms, " + oneCalls
                + " CloudFormation calls");
        report.atMost(SECTION, label + ": create, three regions at once / one region (wall time)", ratio, 1.5, "x",
                String.format("%.2fx (%s ms for us-east-1, eu-west-1, ap-south-1, maxConcurrentCount 3)", ratio, Measure.format(threeMs)));
        Map<String, Map<String, Integer>> perRegion = new TreeMap<>();
        for (RecordedCall call : cfn.recordedCalls()) {
            if (call.region() != null && !call.action().startsWith("S3 ")) {
                perRegion.computeIfAbsent(call.region(), r -> new TreeMap<>()).merge(call.action(), 1, Integer::sum);
            }
        }
        perRegion.forEach((region, byAction) -> report.info(SECTION, label + ": create, three regions: CloudFormation calls in " + region,
                byAction.values().stream().mapToInt(Integer::intValue).sum() + " calls " + byAction));
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
