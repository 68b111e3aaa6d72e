package dev.collabinfra.environment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void everyKnownRegionHasTheShapeSoTheShapeCheckNeverRejectsARealRegion() {
        assertThat(Regions.KNOWN).hasSizeGreaterThan(35).allSatisfy(r -> assertThat(Regions.hasShape(r)).as(r).isTrue());
    }

    @Test
    void typosAreNotRegionShaped() {
        assertThat(Regions.hasShape("us-east1")).isFalse();
        assertThat(Regions.hasShape("US-EAST-1")).isFalse();
        assertThat(Regions.hasShape("useast-1")).isFalse();
        assertThat(Regions.hasShape("eu-west-1a")).isFalse();
        assertThat(Regions.hasShape("xx-moon-1")).isTrue();
        assertThat(Regions.isKnown("xx-moon-1")).isFalse();
    }
}
