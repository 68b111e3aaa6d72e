package dev.collabinfra.testendpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

@ExtendWith(LocalS3Extension.class)
class LocalS3Test {

    @Test
    void storesAndReturnsObjectsThroughTheRealSdk(LocalS3 s3) {
        try (S3Client client = S3Client.builder()
                .endpointOverride(s3.endpoint())
                .forcePathStyle(true)
                // S3Proxy does not read the SDK's default streaming CRC trailers; send checksums only when required.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                .build()) {
            client.createBucket(b -> b.bucket("probe"));
            client.putObject(p -> p.bucket("probe").key("a/b.yaml").serverSideEncryption(ServerSideEncryption.AES256),
                    RequestBody.fromString("Resources: {}"));

            String body = client.getObjectAsBytes(g -> g.bucket("probe").key("a/b.yaml")).asUtf8String();

            assertThat(body).isEqualTo("Resources: {}");
            assertThat(client.headObject(h -> h.bucket("probe").key("a/b.yaml")).contentLength()).isEqualTo(13L);
        }
    }
}
