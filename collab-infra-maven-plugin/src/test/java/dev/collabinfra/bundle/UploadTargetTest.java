package dev.collabinfra.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class UploadTargetTest {

    @Test
    void awsUrlsAreRegionalVirtualHostedStyleEvenInUsEast1() {
        UploadTarget target = new UploadTarget("artifacts", "/team/app/", "us-east-1", null);

        assertThat(target.key("abc", "yaml")).isEqualTo("team/app/abc.yaml");
        assertThat(target.url("team/app/abc.yaml")).isEqualTo("https://artifacts.s3.us-east-1.amazonaws.com/team/app/abc.yaml");
        assertThat(target.s3Uri("k.zip")).isEqualTo("s3://artifacts/k.zip");
        assertThat(new UploadTarget("b", "", "cn-north-1", null).url("k")).isEqualTo("https://b.s3.cn-north-1.amazonaws.com.cn/k");
    }

    @Test
    void endpointOverrideGivesPathStyle() {
        UploadTarget target = new UploadTarget("artifacts", "", "eu-west-1", URI.create("http://127.0.0.1:9000/"));

        assertThat(target.key("abc", "zip")).isEqualTo("abc.zip");
        assertThat(target.url("abc.zip")).isEqualTo("http://127.0.0.1:9000/artifacts/abc.zip");
    }

    @Test
    void missingBucketOrRegionSaysWhichPropertyToSet() {
        assertThatThrownBy(() -> new UploadTarget(" ", "p", "eu-west-1", null))
                .isInstanceOf(UserException.class).hasMessageContaining("-Dcollab-infra.bucket=");
        assertThatThrownBy(() -> new UploadTarget("b", "p", null, null))
                .isInstanceOf(UserException.class).hasMessageContaining("-Dcollab-infra.region=");
    }
}
