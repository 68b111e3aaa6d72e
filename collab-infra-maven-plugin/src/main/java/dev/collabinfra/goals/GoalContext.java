package dev.collabinfra.goals;

import dev.collabinfra.core.ProgressListener;

/**
 * What every goal gets besides its settings: where to report, whether the build is interactive,
 * and the validations already run in this build.
 *
 * @param batchMode true in {@code mvn -B}, where progress lines stay quiet
 */
public record GoalContext(ProgressListener out, boolean batchMode, ValidationRecord validations) {}
