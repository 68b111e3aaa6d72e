package dev.collabinfra.testendpoint;

import java.time.Duration;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.s3.S3Client;

/** SDK clients against the local endpoints, and waiting for stacks to settle, for the endpoint's tests. */
final class EndpointClients {

    private EndpointClients() {}

    static CloudFormationClient cloudFormation(LocalCloudFormation cfn) {
        return CloudFormationClient.builder()
                .endpointOverride(cfn.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD))
                .build();
    }

    static CloudFormationClient withoutRetries(LocalCloudFormation cfn) {
        return CloudFormationClient.builder()
                .endpointOverride(cfn.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    static S3Client s3(LocalS3 s3) {
        return S3Client.builder()
                .endpointOverride(s3.endpoint())
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                .build();
    }

    /** Uploads a template and returns its URL on the local S3 server (path style, as the plugin builds it). */
    static String upload(LocalS3 s3, String bucket, String key, String body) {
        try (S3Client client = s3(s3)) {
            if (client.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                client.createBucket(b -> b.bucket(bucket));
            }
            client.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromString(body));
        }
        return s3.endpoint() + "/" + bucket + "/" + key;
    }

    /** Polls until the stack's status no longer ends in _IN_PROGRESS; fails after 20 seconds. */
    static Stack settle(CloudFormationClient client, String stack) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Stack current = client.describeStacks(d -> d.stackName(stack)).stacks().get(0);
            if (!current.stackStatusAsString().endsWith("_IN_PROGRESS")
                    || current.stackStatusAsString().equals("REVIEW_IN_PROGRESS")) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("stack " + stack + " still " + current.stackStatusAsString() + " after 20 s");
            }
            Thread.sleep(20);
        }
    }

    static final Set<String> TERMINAL_CHANGE_SET = Set.of("CREATE_COMPLETE", "FAILED", "DELETE_COMPLETE");

    /** Polls until the change set is created or failed. */
    static software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse changeSet(
            CloudFormationClient client, String stack, String name) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            var response = client.describeChangeSet(d -> d.stackName(stack).changeSetName(name));
            if (TERMINAL_CHANGE_SET.contains(response.statusAsString())) {
                return response;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("change set " + name + " did not settle");
    }
}
