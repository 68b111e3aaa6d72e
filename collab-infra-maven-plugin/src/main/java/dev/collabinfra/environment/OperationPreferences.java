package dev.collabinfra.environment;

import java.util.List;
import java.util.Optional;

/**
 * How a change fans out over regions, from an environment's {@code operationPreferences:}: the
 * same names as CloudFormation's StackSet {@code OperationPreferences}, and for a multi-region
 * environment of plain stacks the same meaning: regions in {@code regionOrder} (the rest after,
 * in file order), at most {@code maxConcurrentCount} (or percentage of the regions) executing at
 * once, and after more than {@code failureToleranceCount} (or percentage) failed regions no
 * further region is started. Every field may be absent; {@link #defaults()} has none.
 *
 * @param regionConcurrencyType SEQUENTIAL or PARALLEL (StackSets only), or null
 * @param concurrencyMode STRICT_FAILURE_TOLERANCE or SOFT_FAILURE_TOLERANCE (StackSets only), or null
 */
public record OperationPreferences(
        List<String> regionOrder,
        Integer maxConcurrentCount,
        Integer maxConcurrentPercentage,
        Integer failureToleranceCount,
        Integer failureTolerancePercentage,
        String regionConcurrencyType,
        String concurrencyMode) {

    /** The keys of {@code operationPreferences:}, for the unknown-key message. */
    public static final List<String> KEYS = List.of("regionOrder", "maxConcurrentCount", "maxConcurrentPercentage",
            "failureToleranceCount", "failureTolerancePercentage", "regionConcurrencyType", "concurrencyMode");

    public OperationPreferences {
        regionOrder = List.copyOf(regionOrder);
    }

    /** No preferences: plain stacks go one region after the other and stop at the first failure. */
    public static OperationPreferences defaults() {
        return new OperationPreferences(List.of(), null, null, null, null, null, null);
    }

    /** The regions in execution order: {@code regionOrder} first, then the others in the order given. */
    public List<String> ordered(List<String> regions) {
        List<String> out = new java.util.ArrayList<>();
        regionOrder.stream().filter(regions::contains).forEach(out::add);
        regions.stream().filter(r -> !out.contains(r)).forEach(out::add);
        return List.copyOf(out);
    }

    /** How many of {@code regions} may execute at once (at least one; one when nothing is set). */
    public int concurrency(int regions) {
        if (maxConcurrentCount != null) {
            return Math.max(1, Math.min(regions, maxConcurrentCount));
        }
        if (maxConcurrentPercentage != null) {
            // AWS rounds a percentage down, but never below one.
            return Math.max(1, regions * maxConcurrentPercentage / 100);
        }
        return 1;
    }

    /** How many of {@code regions} may fail before no further region is started (zero when nothing is set). */
    public int tolerance(int regions) {
        if (failureToleranceCount != null) {
            return Math.max(0, failureToleranceCount);
        }
        if (failureTolerancePercentage != null) {
            return regions * failureTolerancePercentage / 100;
        }
        return 0;
    }

    /** The field, when set. */
    public Optional<Integer> maxConcurrent() {
        return Optional.ofNullable(maxConcurrentCount);
    }
}
