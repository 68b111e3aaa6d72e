package dev.collabinfra.deploy.regions;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.deploy.DeployContext;
import dev.collabinfra.deploy.DeployRequest;
import java.util.function.Function;

/**
 * One region of a multi-region deploy: how to reach CloudFormation there (a context made around
 * the region's listener) and how to get the region's request, which uploads the bundle to the
 * region's bucket first. {@code prepare} runs in the parallel first phase.
 */
public record RegionTarget(String region, Function<ProgressListener, DeployContext> context, Preparation prepare) {

    /** Uploads for the region and returns its request (its own listener, so its lines carry the region). */
    @FunctionalInterface
    public interface Preparation {
        DeployRequest prepare(ProgressListener out) throws Exception;
    }
}
