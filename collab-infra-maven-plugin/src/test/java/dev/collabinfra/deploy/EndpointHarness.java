package dev.collabinfra.deploy;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.SdkStackGateway;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalS3;
import dev.collabinfra.testendpoint.RecordedCall;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * Runs the deploy core against the local CloudFormation endpoint over HTTP with the real SDK
 * (through {@link AwsClients} and {@link SdkStackGateway}, as the Mojos do). Pauses are a
 * twentieth of what the code asks for, so the tests do not wait seconds per poll; everything else
 * is real.
 */
final class EndpointHarness implements AutoCloseable {

    static final Sleeper FAST = d -> Thread.sleep(Math.max(5, d.toMillis() / 20));

    final LocalCloudFormation cfn;
    final LocalS3 s3;
    final AwsClients clients;
    final StackGateway gateway;
    final RecordingListener out = new RecordingListener();
    private final String bucket;
    private final AtomicInteger ids = new AtomicInteger();

    EndpointHarness(LocalCloudFormation cfn, LocalS3 s3, String bucket) {
        this.cfn = cfn;
        this.s3 = s3;
        this.bucket = bucket;
        this.clients = new AwsClients(new AwsSettings("us-east-1", cfn.endpoint(), null, "test-key", "test-secret", null));
        this.gateway = new SdkStackGateway(clients.cloudFormation(), FAST, "local endpoint");
        try (S3Client client = s3Client()) {
            if (client.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                client.createBucket(b -> b.bucket(bucket));
            }
        }
    }

    /** Uploads a nested template and returns the URL to put in the parent's TemplateURL. */
    String upload(String key, String body) {
        try (S3Client client = s3Client()) {
            client.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromString(body));
        }
        return s3.endpoint() + "/" + bucket + "/" + key;
    }

    /** The event view of the harness's runs; {@code all} so tests can see every resource's line. */
    EventsMode events = EventsMode.ALL;

    DeployContext context() {
        return new DeployContext(gateway, out, Clock.systemUTC(), FAST, true, () -> "run" + ids.incrementAndGet(), events);
    }

    DeployResult deploy(Request request) throws InterruptedException {
        return new StackDeployer(context()).deploy(request.build());
    }

    /** The recorded calls since the last {@link LocalCloudFormation#reset()}, as action names. */
    List<String> actions() {
        return cfn.recordedCalls().stream().map(RecordedCall::action).toList();
    }

    @Override
    public void close() {
        clients.close();
    }

    private S3Client s3Client() {
        return S3Client.builder()
                .endpointOverride(s3.endpoint())
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                .build();
    }

    static Request request(String stackName, String mainText) {
        return new Request(stackName, mainText);
    }

    /** A {@link DeployRequest} with test defaults, changed field by field. */
    static final class Request {
        final String stackName;
        String mainText;
        final Map<List<String>, String> nested = new HashMap<>();
        final Map<String, String> parameters = new HashMap<>();
        final Map<String, String> tags = new HashMap<>(Map.of("collab-infra:version", "1.0.0"));
        Boolean terminationProtection;
        final Set<String> allowReplacement = new LinkedHashSet<>();
        boolean recreateFailedStack;
        boolean continueUpdateRollback;
        String keptChangeSet;
        boolean planOnly;
        boolean keepChangeSet;
        Duration timeout = Duration.ofMinutes(2);

        Request(String stackName, String mainText) {
            this.stackName = stackName;
            this.mainText = mainText;
        }

        Request nested(String path, String text) {
            nested.put(List.of(path.split("/")), text);
            return this;
        }

        Request parameter(String key, String value) {
            parameters.put(key, value);
            return this;
        }

        DeployRequest build() {
            String main = mainText;
            Map<List<String>, String> nestedTexts = Map.copyOf(nested);
            RenderedTemplates rendered = new RenderedTemplates() {
                @Override
                public String mainText() {
                    return main;
                }

                @Override
                public String mainUrl() {
                    return null;
                }

                @Override
                public Optional<String> nestedText(List<String> path) {
                    return Optional.ofNullable(nestedTexts.get(path));
                }
            };
            StackSettings stack = StackSettings.builder(stackName).parameters(parameters).tags(tags)
                    .capabilities(new ArrayList<>(List.of("CAPABILITY_IAM"))).terminationProtection(terminationProtection).build();
            return DeployRequest.builder("test", stack, rendered, timeout)
                    .guards(new DeployRequest.Guards(allowReplacement, recreateFailedStack, continueUpdateRollback))
                    .mode(new DeployRequest.Mode(planOnly, keepChangeSet, keptChangeSet)).build();
        }
    }
}
