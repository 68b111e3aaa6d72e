package dev.collabinfra.deploy.regions;

import dev.collabinfra.core.ProgressListener;
import java.util.function.Predicate;

/**
 * A listener that puts the region in front of every line ({@code [eu-west-1] Creating change set
 * ...}), so the interleaved lines of a multi-region run read per region. Lines the orchestrator
 * words differently for the whole run (the single-region "Kept change set" hint) can be left out.
 */
public final class RegionListener implements ProgressListener {

    private final ProgressListener out;
    private final String prefix;
    private final Predicate<String> dropped;

    /** Every line of {@code out}, prefixed with the region. */
    public static ProgressListener of(ProgressListener out, String region) {
        return new RegionListener(out, region, m -> false);
    }

    RegionListener(ProgressListener out, String region, Predicate<String> dropped) {
        this.out = out;
        this.prefix = "[" + region + "] ";
        this.dropped = dropped;
    }

    @Override
    public void info(String message) {
        if (!dropped.test(message)) {
            out.info(prefix + message);
        }
    }

    @Override
    public void detail(String message) {
        out.detail(prefix + message);
    }

    @Override
    public void warn(String message) {
        out.warn(prefix + message);
    }

    @Override
    public void error(String message) {
        out.error(prefix + message);
    }
}
