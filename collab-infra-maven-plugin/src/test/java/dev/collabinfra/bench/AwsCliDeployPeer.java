package dev.collabinfra.bench;

import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleResolver;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.testendpoint.RecordedCall;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code aws cloudformation deploy} against the same local endpoint, with the same rendered
 * templates and parameters, for create, no-op and update; compared with the plugin's runs of the
 * same run. Prefers Debian's {@code /usr/bin/aws} (apt-get install awscli), else any {@code aws}.
 */
final class AwsCliDeployPeer {

    static final String STACK = "bench-awscli-dev";

    private final BenchOptions options;
    private final Report report;
    private final DeployRig rig;
    private final Map<String, DeployBench.Run> ours;

    AwsCliDeployPeer(BenchOptions options, Report report, DeployRig rig, Map<String, DeployBench.Run> ours) {
        this.options = options;
        this.report = report;
        this.rig = rig;
        this.ours = ours;
    }

    void run(Environment dev) throws Exception {
        Path aws = Processes.which(System.getProperty("bench.aws", "/usr/bin/aws")).or(() -> Processes.which("aws")).orElse(null);
        if (aws == null) {
            report.skipped(PeerBench.SECTION, "aws cloudformation deploy", "no aws CLI (apt-get install awscli)");
            return;
        }
        String version = Processes.run(List.of(aws.toString(), "--version"), options.root(), cliEnvironment(), 120).output().strip().split(" ")[0];
        Path templates = options.exampleDir().resolve("src/main/cloudformation");
        Bundle bundle = new BundleResolver(new TemplateParser(), options.exampleDir()).resolve(templates.resolve("main.yaml"));
        BundleUpload.Result uploaded = rig.upload(bundle, rig.target("bench-awscli", "collab-platform/dev"), options.workDir().resolve("awscli"));

        for (String scenario : List.of("create", "no-op", "update")) {
            Map<String, String> parameters = new HashMap<>(dev.parameters());
            if (scenario.equals("update")) {
                parameters.put("DesiredCapacity", "2");
            }
            List<String> command = new ArrayList<>(List.of(aws.toString(), "cloudformation", "deploy", "--endpoint-url", rig.cfn.endpoint().toString(),
                    "--region", DeployRig.REGION, "--stack-name", STACK, "--template-file", uploaded.packagedTemplate().toString(),
                    "--no-fail-on-empty-changeset", "--capabilities"));
            command.addAll(dev.capabilities().isEmpty() ? List.of("CAPABILITY_IAM") : dev.capabilities());
            command.add("--parameter-overrides");
            new TreeMap<>(parameters).forEach((k, v) -> command.add(k + "=" + v));
            rig.cfn.reset();
            Processes.Result result = Processes.run(command, options.root(), cliEnvironment(), 900);
            List<RecordedCall> calls = rig.cfn.recordedCalls();
            Map<String, Integer> byAction = new TreeMap<>();
            calls.forEach(c -> byAction.merge(c.action(), 1, Integer::sum));
            DeployBench.Run mine = ours.get(scenario);
            String comparison = mine == null ? "" : "; collab-infra " + Measure.format(mine.totalMs()) + " ms, " + mine.calls().size()
                    + " calls; time ratio aws / collab-infra = " + Measure.format(result.wallMs() / mine.totalMs()) + "x";
            if (result.exitCode() != 0) {
                report.add(PeerBench.SECTION, "aws cloudformation deploy (" + version + "), " + scenario, "-", "failed (exit "
                        + result.exitCode() + "): " + result.tail(3), Report.Met.INFO);
                continue;
            }
            report.info(PeerBench.SECTION, "aws cloudformation deploy (" + version + "), " + scenario, Measure.format(result.wallMs()) + " ms, "
                    + calls.size() + " calls " + byAction + comparison);
        }
    }

    /** Static keys for the local endpoint; no user config, no instance metadata lookups. */
    private Map<String, String> cliEnvironment() {
        Path none = options.workDir().resolve("no-aws-config");
        return Map.of("AWS_ACCESS_KEY_ID", "bench-key", "AWS_SECRET_ACCESS_KEY", "bench-secret", "AWS_DEFAULT_REGION", DeployRig.REGION,
                "AWS_CONFIG_FILE", none.toString(), "AWS_SHARED_CREDENTIALS_FILE", none.toString(), "AWS_EC2_METADATA_DISABLED", "true",
                "AWS_PAGER", "");
    }
}
