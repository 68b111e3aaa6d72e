package dev.collabinfra.testendpoint;

import static dev.collabinfra.testendpoint.EndpointClients.settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The CloudFormation port also serves S3, so one endpoint override reaches both services. */
@ExtendWith(LocalEndpointExtension.class)
class SingleEndpointTest {

    @Test
    void s3RequestsOnTheCloudFormationPortReachTheS3Server(LocalCloudFormation cfn) throws Exception {
        try (S3Client s3 = s3(cfn, LocalS3.SECRET_KEY); CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            s3.createBucket(b -> b.bucket("single"));
            s3.putObject(p -> p.bucket("single").key("nested/child.yaml"), RequestBody.fromString(NestedStackTest.CHILD));

            assertThat(s3.getObjectAsBytes(g -> g.bucket("single").key("nested/child.yaml")).asUtf8String())
                    .isEqualTo(NestedStackTest.CHILD);
            assertThat(s3.headObject(h -> h.bucket("single").key("nested/child.yaml")).contentLength())
                    .isEqualTo(NestedStackTest.CHILD.length());
            assertThatThrownBy(() -> s3.headObject(h -> h.bucket("single").key("absent.yaml")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(404));
            assertThatThrownBy(() -> s3.getObject(g -> g.bucket("single").key("absent.yaml")))
                    .isInstanceOf(NoSuchKeyException.class);

            String url = cfn.endpoint() + "/single/nested/child.yaml";
            client.createStack(c -> c.stackName("one").templateBody(NestedStackTest.parent(url)));
            assertThat(settle(client, "one").stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
            assertThat(cfn.count("S3 PUT")).isEqualTo(2);
            assertThat(cfn.count("CreateStack")).isEqualTo(1);
        }
    }

    @Test
    void theS3ServerStillChecksSignatures(LocalCloudFormation cfn) {
        try (S3Client s3 = s3(cfn, "wrong-secret")) {
            assertThatThrownBy(() -> s3.listBuckets())
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        }
    }

    private static S3Client s3(LocalCloudFormation cfn, String secret) {
        return S3Client.builder()
                .endpointOverride(cfn.endpoint())
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalS3.ACCESS_KEY, secret)))
                .build();
    }
}
