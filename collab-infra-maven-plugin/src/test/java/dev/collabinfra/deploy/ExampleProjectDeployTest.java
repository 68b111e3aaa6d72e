package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.S3ArtifactStore;
import dev.collabinfra.aws.SdkStackGateway;
import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleResolver;
import dev.collabinfra.bundle.BundleUpload;
import dev.collabinfra.bundle.UploadTarget;
import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.EnvironmentLoader;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.environment.ResolvedEnvironment;
import dev.collabinfra.template.TemplateParser;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.LocalS3;
import dev.collabinfra.testendpoint.RecordedCall;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Issue 7's proof: the example project's seven stacks deployed to the local endpoint over HTTP with
 * the real SDK, the way {@code mvn collab-infra:deploy -Denv=dev -Dcollab-infra.endpoint=...} runs
 * them (environment file under command-line overrides, bundle rendered and uploaded through the one
 * endpoint, change sets by the deploy core): create, a no-op second run, an update of
 * {@code DesiredCapacity} that touches only the application stack, and delete.
 */
@ExtendWith(LocalEndpointExtension.class)
class ExampleProjectDeployTest {

    private static final Path EXAMPLE = Path.of("../example-project").toAbsolutePath().normalize();
    private static final Path TEMPLATES = EXAMPLE.resolve("src/main/cloudformation");
    private static final String VERSION = "1.0.0";
    private static final Set<String> NESTED = Set.of("NetworkStack", "DatabaseStack", "ApplicationStack", "WebSocketStack",
            "CdnStack", "MonitoringStack");

    @Test
    void deploysTheWholeExampleThenANoOpThenOneParameterThenDeletesIt(LocalCloudFormation cfn, LocalS3 s3, @TempDir Path target)
            throws Exception {
        Environment dev = environment(cfn, Map.of());
        // dev deploys to us-west-2 and S3Proxy's in-memory store only creates buckets without a location
        // constraint, so the bucket exists beforehand, as a real dev account's would (createBucket stays false).
        createBucket(s3, dev.bucket().orElseThrow());
        String stackName = dev.stackName().orElseThrow();
        RecordingListener out = new RecordingListener();
        AtomicInteger ids = new AtomicInteger();
        try (AwsClients clients = new AwsClients(new AwsSettings(dev.region().orElseThrow(), cfn.endpoint(), null, LocalS3.ACCESS_KEY,
                LocalS3.SECRET_KEY, null))) {
            ExampleStacks stacks = new ExampleStacks(clients.cloudFormation());
            DeployContext context = new DeployContext(new SdkStackGateway(clients.cloudFormation(), EndpointHarness.FAST, "local endpoint"),
                    out, Clock.systemUTC(), EndpointHarness.FAST, true, () -> "run" + ids.incrementAndGet());

            // (1) create: seven stacks, every declared output
            DeployResult created = new StackDeployer(context).deploy(request(dev, upload(clients, dev, target, out)));
            Calls create = Calls.of(cfn);
            List<String> eventLines = out.lines.stream().filter(l -> l.matches("[A-Z]+ \\d\\d:\\d\\d:\\d\\d  .*")).toList();
            // The default view (stacks): each of the seven stacks starts and ends once, in time order.
            assertThat(eventLines).hasSize(14);
            assertThat(eventLines.stream().map(l -> l.substring(l.indexOf(' ') + 1, l.indexOf(' ') + 9)).toList()).isSorted();
            System.out.println("[figures] example create, collab-infra.events=stacks: " + eventLines.size() + " event lines");

            assertThat(created.outcome()).isEqualTo(DeployResult.Outcome.CREATED);
            assertThat(created.finalState().status()).isEqualTo("CREATE_COMPLETE");
            Map<String, String> nestedIds = stacks.nestedStackIds(stackName);
            assertThat(nestedIds).as("nested stacks of the main stack").containsOnlyKeys(NESTED);
            assertThat(stacks.statuses(nestedIds.values())).as("status of every nested stack").containsOnly("CREATE_COMPLETE").hasSize(6);
            Set<String> declared = mainTemplateOutputs();
            assertThat(declared).hasSizeGreaterThanOrEqualTo(10).contains("ApplicationUrl", "WebSocketUrl", "DashboardUrl");
            Map<String, String> outputs = stacks.outputs(stackName);
            assertThat(outputs).as("outputs of DescribeStacks").containsOnlyKeys(declared);
            assertThat(outputs.values()).as("output values").noneMatch(v -> v == null || v.isBlank());
            assertThat(outputs.get("WebSocketUrl")).startsWith("wss://");
            assertThat(create.actions()).containsOnlyOnce("CreateChangeSet", "ExecuteChangeSet");
            assertThat(create.s3Puts()).as("S3 PUTs of the first upload (6 nested templates, 3 Lambda zips)").isGreaterThanOrEqualTo(9);
            cfn.reset();

            // (2) the same again: no change set, at most 3 CloudFormation calls, nothing uploaded
            DeployResult again = new StackDeployer(context).deploy(request(dev, upload(clients, dev, target, out)));
            Calls noOp = Calls.of(cfn);

            assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
            assertThat(noOp.actions()).as("CloudFormation calls of a no-op deploy").doesNotContain("CreateChangeSet").hasSizeLessThanOrEqualTo(3);
            assertThat(noOp.s3Puts()).as("S3 PUTs of a no-op deploy").isZero();

            // (3) -Dcollab-infra.parameters.DesiredCapacity=2: only the application stack changes
            Map<String, ExampleStacks.Snapshot> before = stacks.snapshots(nestedIds);
            cfn.reset();
            Environment scaled = environment(cfn, Map.of("collab-infra.parameters.DesiredCapacity", "2"));
            assertThat(scaled.parameters()).containsEntry("DesiredCapacity", "2");
            DeployResult updated = new StackDeployer(context).deploy(request(scaled, upload(clients, scaled, target, out)));
            Calls update = Calls.of(cfn);

            assertThat(updated.outcome()).isEqualTo(DeployResult.Outcome.UPDATED);
            assertThat(updated.finalState().status()).isEqualTo("UPDATE_COMPLETE");
            assertThat(updated.finalState().parameters()).containsEntry("DesiredCapacity", "2");
            // CloudFormation cannot know that the application stack's outputs stay the same, so what takes them
            // (the cdn and monitoring stacks, the scaling target) shows up as Dynamic; only the parameter and
            // the service's DesiredCount are Static changes. The events below show what really changed.
            List<ExampleStacks.Change> changeSet = stacks.changeSet(updated.plan().changeSetId());
            assertThat(updated.plan().changes()).as("the plan the deploy showed").extracting(PlannedChange::address)
                    .containsExactlyInAnyOrderElementsOf(changeSet.stream().map(ExampleStacks.Change::address).toList());
            assertThat(changeSet).as("Static changes of the change set").filteredOn(c -> c.evaluations().contains("Static"))
                    .extracting(ExampleStacks.Change::address).containsExactlyInAnyOrder("ApplicationStack", "ApplicationStack/Service");
            assertThat(changeSet).as("changes outside the application stack")
                    .filteredOn(c -> !c.address().matches("ApplicationStack(/.+)?"))
                    .allSatisfy(c -> {
                        assertThat(c.action()).isEqualTo("Modify");
                        assertThat(c.evaluations()).containsExactly("Dynamic");
                    });
            assertThat(update.s3Puts()).as("S3 PUTs: the templates did not change").isZero();
            Map<String, ExampleStacks.Snapshot> after = stacks.snapshots(nestedIds);
            assertThat(after.get("ApplicationStack").status()).isEqualTo("UPDATE_COMPLETE");
            assertThat(after.get("ApplicationStack").lastUpdated()).isNotNull().isNotEqualTo(before.get("ApplicationStack").lastUpdated());
            assertThat(stacks.updatedResources(nestedIds.get("ApplicationStack"))).as("updated resources of the application stack")
                    .containsExactly("Service");
            assertThat(stacks.updatedResources(created.finalState().stackId())).as("updated resources of the main stack")
                    .containsExactly("ApplicationStack");
            for (String untouched : NESTED.stream().filter(n -> !n.equals("ApplicationStack")).toList()) {
                assertThat(after.get(untouched)).as(untouched + " after the update").isEqualTo(before.get(untouched));
                assertThat(stacks.updateEvents(nestedIds.get(untouched))).as("UPDATE events in " + untouched).isEmpty();
            }

            // (4) delete: seven stacks DELETE_COMPLETE, Retain resources DELETE_SKIPPED
            Map<String, Map<String, String>> retained = stacks.retainedResources(nestedIds);
            assertThat(retained.get("DatabaseStack")).as("retained resources of the database stack").containsKey("StateTable");
            cfn.reset();
            new StackDeleter(context).delete(dev.name(), stackName, stackName, Duration.ofMinutes(2), SecretMasker.none());
            Calls delete = Calls.of(cfn);

            assertThat(stacks.statuses(List.of(created.finalState().stackId()))).containsExactly("DELETE_COMPLETE");
            Map<String, String> mainResources = stacks.lastResourceStatuses(created.finalState().stackId());
            assertThat(mainResources).as("the main stack's nested stack resources").containsOnlyKeys(NESTED);
            assertThat(mainResources.values()).as("their last status").containsOnly("DELETE_COMPLETE");
            assertThat(stacks.statuses(nestedIds.values())).as("nested stacks after delete").containsOnly("DELETE_COMPLETE").hasSize(6);
            for (Map.Entry<String, String> nested : nestedIds.entrySet()) {
                Map<String, String> last = stacks.lastResourceStatuses(nested.getValue());
                Map<String, String> expected = new LinkedHashMap<>();
                last.keySet().forEach(id -> expected.put(id,
                        retained.getOrDefault(nested.getKey(), Map.of()).containsKey(id) ? "DELETE_SKIPPED" : "DELETE_COMPLETE"));
                assertThat(last).as("last status of each resource of " + nested.getKey()).isEqualTo(expected);
            }
            assertThat(retained.values().stream().mapToInt(Map::size).sum()).as("retained resources in all").isGreaterThanOrEqualTo(5);

            System.out.println("[figures] example project, 7 stacks: create " + create + "; no-op " + noOp
                    + "; DesiredCapacity update " + update + "; delete " + delete + "; DELETE_SKIPPED (Retain): " + retained);
        }
    }

    /**
     * Issue 14 §1: the seven stacks on an endpoint that differs from AWS in every way the local
     * endpoint can reproduce (change-set calls need the stack name, no Changes listed, empty change
     * sets complete, nested failures hidden, templates/parameters/tags shown differently): created,
     * then a second run that is a no-op without a change set, then a DesiredCapacity update that is
     * executed although the change set lists nothing.
     */
    @Test
    void theWholeExampleDeploysOnAnEndpointFarFromAwsAndTheSecondRunIsANoOp(LocalCloudFormation cfn, LocalS3 s3, @TempDir Path target)
            throws Exception {
        cfn.compatibility().all();
        Environment dev = environment(cfn, Map.of());
        createBucket(s3, dev.bucket().orElseThrow() + "-compat");
        Environment compat = environment(cfn, Map.of("collab-infra.bucket", dev.bucket().orElseThrow() + "-compat"));
        String stackName = compat.stackName().orElseThrow();
        RecordingListener out = new RecordingListener();
        AtomicInteger ids = new AtomicInteger();
        try (AwsClients clients = new AwsClients(new AwsSettings(compat.region().orElseThrow(), cfn.endpoint(), null, LocalS3.ACCESS_KEY,
                LocalS3.SECRET_KEY, null))) {
            ExampleStacks stacks = new ExampleStacks(clients.cloudFormation());
            DeployContext context = new DeployContext(new SdkStackGateway(clients.cloudFormation(), EndpointHarness.FAST, "local endpoint"),
                    out, Clock.systemUTC(), EndpointHarness.FAST, true, () -> "compat" + ids.incrementAndGet());

            DeployResult created = new StackDeployer(context.withEvents(EventsMode.ALL)).deploy(request(compat, upload(clients, compat, target, out)));
            long allLines = out.lines.stream().filter(l -> l.matches("[A-Z]+ \\d\\d:\\d\\d:\\d\\d  .*")).count();

            assertThat(created.outcome()).isEqualTo(DeployResult.Outcome.CREATED);
            assertThat(created.plan().note()).isEqualTo(ChangeSetPlan.UNLISTED);
            System.out.println("[figures] example create, collab-infra.events=all: " + allLines + " event lines");
            assertThat(stacks.statuses(stacks.nestedStackIds(stackName).values())).containsOnly("CREATE_COMPLETE").hasSize(6);
            cfn.reset();
            cfn.compatibility().all();

            DeployResult again = new StackDeployer(context).deploy(request(compat, upload(clients, compat, target, out)));

            assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
            assertThat(Calls.of(cfn).actions()).as("the no-op on this endpoint").doesNotContain("CreateChangeSet", "ExecuteChangeSet");
            cfn.reset();
            cfn.compatibility().all();

            Environment scaled = environment(cfn, Map.of("collab-infra.bucket", dev.bucket().orElseThrow() + "-compat",
                    "collab-infra.parameters.DesiredCapacity", "2"));
            DeployResult updated = new StackDeployer(context).deploy(request(scaled, upload(clients, scaled, target, out)));

            assertThat(updated.outcome()).isEqualTo(DeployResult.Outcome.UPDATED);
            assertThat(updated.plan().changes()).isEmpty();
            assertThat(updated.plan().note()).isEqualTo(ChangeSetPlan.UNLISTED);
            assertThat(updated.finalState().parameters()).containsEntry("DesiredCapacity", "2");
        }
    }

    /** dev.yaml under the command line, as the Mojo resolves it; the endpoint as with -Dcollab-infra.endpoint. */
    private static Environment environment(LocalCloudFormation cfn, Map<String, String> moreCommandLine) {
        Map<String, String> interpolation = Map.of("project.version", VERSION, "collab.container.image",
                "123456789.dkr.ecr.us-west-2.amazonaws.com/collaboration-server:" + VERSION);
        Environment file = new EnvironmentLoader(interpolation, Map.of()).load(TEMPLATES, "dev");
        Map<String, String> commandLine = new HashMap<>(moreCommandLine);
        commandLine.put("collab-infra.endpoint", cfn.endpoint().toString());
        return ResolvedEnvironment.resolve(file, EnvironmentOverrides.fromProperties(EnvironmentOverrides.COMMAND_LINE, commandLine),
                EnvironmentOverrides.none(EnvironmentOverrides.POM)).environment();
    }

    /** The upload step of deploy: render the bundle for the environment and put what the bucket lacks. */
    private static RenderedTemplates upload(AwsClients clients, Environment env, Path target, RecordingListener out) throws Exception {
        Bundle bundle = new BundleResolver(new TemplateParser(), EXAMPLE).resolve(TEMPLATES.resolve("main.yaml"));
        URI endpoint = clients.cloudFormation().serviceClientConfiguration().endpointOverride().orElseThrow();
        UploadTarget where = new UploadTarget(env.bucket().orElseThrow(), env.prefix().orElseThrow(), clients.region(), endpoint);
        S3ArtifactStore store = new S3ArtifactStore(clients.s3(), new S3ArtifactStore.Settings(where.bucket(), where.region(), null, null, true), out);
        BundleUpload.Result result = new BundleUpload(store, out).run(bundle, where, new BundleUpload.Options(false, false, Map.of(), 4), target);
        return new BundleTemplates(bundle, result.rendered());
    }

    private static void createBucket(LocalS3 s3, String bucket) {
        try (S3Client client = S3Client.builder()
                .endpointOverride(s3.endpoint())
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                .build()) {
            if (client.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                client.createBucket(b -> b.bucket(bucket));
            }
        }
    }

    private static DeployRequest request(Environment env, RenderedTemplates rendered) {
        Map<String, String> tags = new HashMap<>(env.tags());
        tags.put("collab-infra:version", VERSION);
        StackSettings stack = StackSettings.builder(env.stackName().orElseThrow()).parameters(env.parameters()).tags(tags)
                .capabilities(env.capabilities()).roleArn(env.roleArn().orElse(null)).notificationArns(env.notificationArns())
                .terminationProtection(env.terminationProtection().orElse(null)).build();
        return DeployRequest.builder(env.name(), stack, rendered, Duration.ofMinutes(2)).build();
    }

    private static Set<String> mainTemplateOutputs() throws Exception {
        return new TemplateParser().parse(TEMPLATES.resolve("main.yaml")).templateIfParsed().orElseThrow().outputs().keys();
    }

    /** The calls one phase made, split into CloudFormation actions and S3 requests. */
    record Calls(List<String> actions, long s3Requests, long s3Puts) {

        static Calls of(LocalCloudFormation cfn) {
            List<RecordedCall> all = cfn.recordedCalls();
            return new Calls(all.stream().map(RecordedCall::action).filter(a -> !a.startsWith("S3 ")).toList(),
                    all.stream().filter(c -> c.action().startsWith("S3 ")).count(),
                    all.stream().filter(c -> c.action().equals("S3 PUT")).count());
        }

        @Override
        public String toString() {
            Map<String, Long> byAction = actions.stream().collect(Collectors.groupingBy(a -> a, java.util.TreeMap::new, Collectors.counting()));
            return actions.size() + " CloudFormation calls " + byAction + ", " + s3Requests + " S3 requests (" + s3Puts + " PUT)";
        }
    }
}
