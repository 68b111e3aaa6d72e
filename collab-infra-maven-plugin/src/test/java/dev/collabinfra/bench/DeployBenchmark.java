package dev.collabinfra.bench;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.SdkStackGateway;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.deploy.ChangeSetRequest;
import dev.collabinfra.deploy.ChangeSetStatus;
import dev.collabinfra.deploy.DeployContext;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.DeployResult;
import dev.collabinfra.deploy.PlannedChange;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.deploy.RollbackSettings;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.StackDeployer;
import dev.collabinfra.deploy.StackEvent;
import dev.collabinfra.deploy.StackGateway;
import dev.collabinfra.deploy.StackResourceSummary;
import dev.collabinfra.deploy.StackState;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalS3;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Measures deploys against the local endpoint with real pauses: CloudFormation calls of a create,
 * an update of one nested stack and a no-op; how long after the stack's last event the deploy
 * notices it finished; and the most DescribeStackEvents calls made for one stack in one poll.
 *
 * <p>Run after {@code mvn test-compile}: {@code java -Ds3proxy.jar=target/s3proxy/s3proxy.jar
 * -Dsun.net.httpserver.nodelay=true -cp target/classes:target/test-classes:<test classpath>
 * dev.collabinfra.bench.DeployBenchmark [nestedStacks] [resourceDelayMs]}
 */
public final class DeployBenchmark {

    private DeployBenchmark() {}

    public static void main(String[] args) throws Exception {
        int nested = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int delayMs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (LocalS3 s3 = LocalS3.start();
                LocalCloudFormation cfn = LocalCloudFormation.builder().s3Endpoint(s3.endpoint())
                        .resourceDelay(Duration.ofMillis(delayMs)).start();
                AwsClients clients = new AwsClients(new AwsSettings("us-east-1", cfn.endpoint(), null, "bench", "bench", null))) {
            Polls polls = new Polls();
            Counting gateway = new Counting(new SdkStackGateway(clients.cloudFormation(), Sleeper.system(), "local endpoint"), polls);
            Finish finish = new Finish();
            DeployContext context = new DeployContext(gateway, finish, Clock.systemUTC(), polls, true, new AtomicInteger()::toString);
            System.out.printf("Local endpoint, %d nested stacks of 3 resources, %d ms per resource%n", nested, delayMs);

            run("create", cfn, gateway, polls, finish, context, templates(s3, nested, 0));
            run("update of one nested stack", cfn, gateway, polls, finish, context, templates(s3, nested, 1));
            run("no-op", cfn, gateway, polls, finish, context, templates(s3, nested, 1));
        }
    }

    private static void run(String what, LocalCloudFormation cfn, Counting gateway, Polls polls, Finish finish, DeployContext context,
            RenderedTemplates templates) throws InterruptedException {
        cfn.reset();
        polls.reset();
        long start = System.nanoTime();
        DeployResult result = new StackDeployer(context).deploy(new DeployRequest("bench", "bench", templates, Map.of(), Map.of(),
                List.of(), null, List.of(), RollbackSettings.none(), null, Set.of(), false, false, Duration.ofMinutes(10), null, false, false));
        long millis = (System.nanoTime() - start) / 1_000_000;
        String noticed = "";
        if (result.outcome() != DeployResult.Outcome.NO_CHANGES) {
            List<StackEvent> newest = gateway.delegate.describeStackEvents(result.finalState().stackId(), null);
            Instant settled = newest.get(newest.size() - 1).timestamp();
            noticed = String.format(", finish noticed %d ms after the stack's last event", Duration.between(settled, finish.at).toMillis());
        }
        System.out.printf("%-28s %-10s %5d ms, %2d CloudFormation calls (%d DescribeStackEvents), %d polls,"
                        + " max %d DescribeStackEvents per stack per poll%s%n",
                what, result.outcome(), millis, cfn.recordedCalls().size(), cfn.count("DescribeStackEvents"), polls.count.get(),
                gateway.maxPerStackPerPoll(), noticed);
    }

    private static RenderedTemplates templates(LocalS3 s3, int nested, int generation) {
        StringBuilder main = new StringBuilder("Resources:\n");
        Map<List<String>, String> texts = new HashMap<>();
        try (S3Client client = S3Client.builder().endpointOverride(s3.endpoint()).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                .build()) {
            if (client.listBuckets().buckets().stream().noneMatch(b -> b.name().equals("bench"))) {
                client.createBucket(b -> b.bucket("bench"));
            }
            for (int i = 0; i < nested; i++) {
                // The update changes only the first nested stack.
                int version = i == 0 ? generation : 0;
                String text = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties: {DisplayName: v" + version + "}\n"
                        + "  Queue: {Type: AWS::SQS::Queue, DependsOn: Topic}\n  Logs: {Type: AWS::SQS::Queue, DependsOn: Queue}\n";
                String key = "stack" + i + "-v" + version + ".yaml";
                client.putObject(p -> p.bucket("bench").key(key), RequestBody.fromString(text));
                main.append("  Stack").append(i).append(":\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ")
                        .append(s3.endpoint()).append("/bench/").append(key).append('\n');
                texts.put(List.of("Stack" + i), text);
            }
        }
        String mainText = main.toString();
        return new RenderedTemplates() {
            @Override
            public String mainText() {
                return mainText;
            }

            @Override
            public String mainUrl() {
                return null;
            }

            @Override
            public Optional<String> nestedText(List<String> path) {
                return Optional.ofNullable(texts.get(path));
            }
        };
    }

    /** Real pauses, counted: every pause of the event stream ends one poll. */
    private static final class Polls implements Sleeper {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            count.incrementAndGet();
            Thread.sleep(duration.toMillis());
        }

        void reset() {
            count.set(0);
        }
    }

    /** Notes when the deploy reported the end. */
    private static final class Finish implements ProgressListener {
        volatile Instant at;

        @Override
        public void info(String message) {
            if (message.startsWith("Created stack") || message.startsWith("Updated stack")) {
                at = Instant.now();
            }
        }

        @Override
        public void detail(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void error(String message) {}
    }

    /** Counts DescribeStackEvents calls per stack and poll. */
    private static final class Counting implements StackGateway {
        final StackGateway delegate;
        final Polls polls;
        final Map<String, Integer> perStackPoll = new HashMap<>();

        Counting(StackGateway delegate, Polls polls) {
            this.delegate = delegate;
            this.polls = polls;
        }

        int maxPerStackPerPoll() {
            int max = perStackPoll.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            perStackPoll.clear();
            return max;
        }

        @Override
        public List<StackEvent> describeStackEvents(String stackId, String sinceEventId) {
            perStackPoll.merge(polls.count.get() + " " + stackId, 1, Integer::sum);
            return delegate.describeStackEvents(stackId, sinceEventId);
        }

        @Override
        public Optional<StackState> describeStack(String stackNameOrId) {
            return delegate.describeStack(stackNameOrId);
        }

        @Override
        public String getOriginalTemplate(String stackNameOrId) {
            return delegate.getOriginalTemplate(stackNameOrId);
        }

        @Override
        public ChangeSetStatus createChangeSet(ChangeSetRequest request) {
            return delegate.createChangeSet(request);
        }

        @Override
        public ChangeSetStatus changeSetStatus(String changeSetId) {
            return delegate.changeSetStatus(changeSetId);
        }

        @Override
        public List<PlannedChange> describeChangeSet(String changeSetId) {
            return delegate.describeChangeSet(changeSetId);
        }

        @Override
        public Optional<ChangeSetStatus> findChangeSet(String stackName, String changeSetName) {
            return delegate.findChangeSet(stackName, changeSetName);
        }

        @Override
        public void executeChangeSet(String changeSetId, String clientToken) {
            delegate.executeChangeSet(changeSetId, clientToken);
        }

        @Override
        public void deleteChangeSet(String changeSetId) {
            delegate.deleteChangeSet(changeSetId);
        }

        @Override
        public void deleteStack(String stackId, String clientToken) {
            delegate.deleteStack(stackId, clientToken);
        }

        @Override
        public List<StackResourceSummary> listStackResources(String stackId) {
            return delegate.listStackResources(stackId);
        }

        @Override
        public void updateTerminationProtection(String stackId, boolean enabled) {
            delegate.updateTerminationProtection(stackId, enabled);
        }

        @Override
        public void continueUpdateRollback(String stackId, String clientToken) {
            delegate.continueUpdateRollback(stackId, clientToken);
        }
    }
}
