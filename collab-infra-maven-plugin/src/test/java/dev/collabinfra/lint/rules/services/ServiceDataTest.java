package dev.collabinfra.lint.rules.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The bundled service data says where it came from and holds the tables the rules need, read
 * from cfn-lint 1.51.0's data (spot checks of values that file states).
 */
class ServiceDataTest {

    private final ServiceData data = ServiceData.bundled();

    @Test
    void recordsItsSource() {
        assertThat(data.version()).isEqualTo("cfn-lint 1.51.0");
    }

    @Test
    void holdsEachTable() {
        assertThat(data.iamActions()).containsKeys("s3", "sqs", "dynamodb", "iam");
        assertThat(data.iamActions().get("s3")).contains("getobject", "putobject").doesNotContain("getobjects");
        assertThat(data.runtimes().get("python2.7")).satisfies(r -> {
            assertThat(r.deprecated()).isEqualTo("2021-07-15");
            assertThat(r.updateBlock()).isEqualTo("2022-05-30");
        });
        assertThat(data.rdsClasses()).anySatisfy(r -> {
            assertThat(r.engine()).isEqualTo("mysql");
            assertThat(r.version().matcher("8.0.40").find()).isTrue();
            assertThat(r.classes()).contains("db.t4g.micro").doesNotContain("db.t2.micro");
        });
        assertThat(data.cacheNodeTypes()).contains("cache.t3.micro").doesNotContain("cache.t3.mirco");
        assertThat(data.fargate().get(256).allows(512)).isTrue();
        assertThat(data.fargate().get(256).allows(4096)).isFalse();
        assertThat(data.fargate().get(1024).allows(3072)).isTrue();
        assertThat(data.recordFormats().get("A").value()).isEqualTo("ipv4");
        assertThat(data.recordFormats().get("CNAME").maxRecords()).isEqualTo(1);
        assertThat(data.primaryIdentifiers().get("AWS::S3::Bucket")).containsExactly("BucketName");
        assertThat(data.primaryIdentifiers()).doesNotContainKey("AWS::EC2::VPC"); // its id is read-only: the service names it
        assertThat(data.lifecycles().get("AWS::IoTAnalytics::Channel").status()).isEqualTo("shutdown");
    }

    @Test
    void eachTableIsBuiltOnceAndShared() {
        assertThat(data.iamActions()).isSameAs(data.iamActions());
        assertThat(data.rdsClasses()).isSameAs(data.rdsClasses());
    }
}
