package dev.collabinfra.testendpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Synthetic attributes keep the shape templates rely on when they pass them to other stacks. */
class SyntheticTest {

    @Test
    void portAttributesAreNumbersSoNumberParametersOfOtherStacksAcceptThem() {
        ResourceState redis = new ResourceState("Redis", "AWS::ElastiCache::ReplicationGroup");
        redis.physicalId = "stack-Redis-ABC";
        ResourceState db = new ResourceState("Db", "AWS::RDS::DBInstance");
        db.physicalId = "stack-Db-ABC";

        assertThat(Synthetic.attribute(redis, "PrimaryEndPoint.Port", "us-east-1")).isEqualTo("6379");
        assertThat(Synthetic.attribute(db, "Endpoint.Port", "us-east-1")).isEqualTo("3306");
        assertThat(Synthetic.attribute(redis, "PrimaryEndPoint.Address", "us-east-1")).isEqualTo("stack-Redis-ABC.primaryendpoint.address");
    }
}
