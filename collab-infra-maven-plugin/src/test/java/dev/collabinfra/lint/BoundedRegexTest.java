package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13 item 14: a user's pattern runs with a bound on its work. */
class BoundedRegexTest {

    @Test
    void ordinaryPatternsDecide() {
        assertThat(BoundedRegex.fullMatch("[a-z]+-\\d{2}", "web-01")).isEqualTo(BoundedRegex.Result.MATCHES);
        assertThat(BoundedRegex.fullMatch("[a-z]+-\\d{2}", "web-1")).isEqualTo(BoundedRegex.Result.DOES_NOT_MATCH);
        assertThat(BoundedRegex.fullMatch("[", "x")).isEqualTo(BoundedRegex.Result.INVALID);
    }

    @Test
    void catastrophicBacktrackingIsUndecidedWithinTheStepBound() {
        long start = System.nanoTime();
        BoundedRegex.Result result = BoundedRegex.fullMatch("(.*a){12}", "a".repeat(60) + "b");
        assertThat(result).isEqualTo(BoundedRegex.Result.UNDECIDED);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds, with a 2,000,000-read bound").isLessThan(10);
    }

    @Test
    void aLongButLinearMatchStaysDecided() {
        assertThat(BoundedRegex.fullMatch("[a-z0-9-]*", "a".repeat(100_000))).isEqualTo(BoundedRegex.Result.MATCHES);
    }
}
