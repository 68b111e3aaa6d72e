package dev.collabinfra.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A mistyped {@code -Dcollab-infra.*} property is a warning with the closest known name, not silence. */
class UnknownPropertiesTest {

    static final Set<String> KNOWN = Set.of("collab-infra.failOn", "collab-infra.ignoreRules", "collab-infra.region", "env");

    @Test
    void aWrongCaseOrTypoGetsTheKnownName() {
        assertThat(UnknownProperties.warnings(Map.of("collab-infra.failon", "none", "collab-infra.regoin", "x"), KNOWN)).containsExactly(
                "Unknown property -Dcollab-infra.failon; did you mean -Dcollab-infra.failOn (failOn)?",
                "Unknown property -Dcollab-infra.regoin; did you mean -Dcollab-infra.region (region)?");
    }

    @Test
    void knownNamesOpenFamiliesAndOtherPropertiesAreQuiet() {
        assertThat(UnknownProperties.warnings(Map.of("collab-infra.failOn", "none", "collab-infra.parameters.Size", "large",
                "collab-infra.tags.Team", "a", "collab-infra.env", "prod", "maven.deploy.skip", "true"), KNOWN)).isEmpty();
    }

    @Test
    void somethingFarFromEveryNameSaysWhereToLook() {
        assertThat(UnknownProperties.warnings(Map.of("collab-infra.zzzzzzzzzzzz", "1"), KNOWN)).singleElement().asString()
                .startsWith("Unknown property -Dcollab-infra.zzzzzzzzzzzz; no goal of this plugin reads it");
    }

    @Test
    void withoutTheDescriptorNothingIsClaimed() {
        assertThat(UnknownProperties.warnings(Map.of("collab-infra.failon", "none"), Set.of())).isEmpty();
    }
}
