package dev.collabinfra.deploy.regions;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one piece of work per region at once, at most {@link MultiRegionDeployer#MAX_PREPARE_THREADS}
 * at a time (the bound of the deploy's preview phase), each with a listener that puts the region
 * in front of its lines. A region that fails does not stop or hide the others: every region ends
 * with its value or its failure, in the order given. {@code status}, {@code outputs} and
 * {@code delete} of a multi-region environment use it.
 */
public final class RegionFanOut {

    /**
     * How one region ended.
     *
     * @param value what the work returned (null when it failed, or returned nothing)
     * @param failure why it failed (the user-facing message), or null
     */
    public record Done<T>(String region, T value, String failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    /** The work for one region; {@code out} prefixes every line with the region. */
    @FunctionalInterface
    public interface Work<T> {
        T run(String region, ProgressListener out) throws Exception;
    }

    private final ProgressListener out;
    private final int maxConcurrent;

    public RegionFanOut(ProgressListener out) {
        this(out, MultiRegionDeployer.MAX_PREPARE_THREADS);
    }

    RegionFanOut(ProgressListener out, int maxConcurrent) {
        this.out = out;
        this.maxConcurrent = Math.max(1, maxConcurrent);
    }

    /** Runs {@code work} for every region and waits for all of them. */
    public <T> List<Done<T>> run(List<String> regions, String threadName, Work<T> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(maxConcurrent, Math.max(1, regions.size())),
                r -> daemon(r, "collab-infra-region-" + threadName));
        try {
            List<Future<Done<T>>> futures = new ArrayList<>();
            for (String region : regions) {
                futures.add(pool.submit(() -> one(region, work)));
            }
            List<Done<T>> done = new ArrayList<>();
            for (Future<Done<T>> future : futures) {
                done.add(join(future));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> Done<T> one(String region, Work<T> work) throws InterruptedException {
        ProgressListener regionOut = RegionListener.of(out, region);
        try {
            return new Done<>(region, work.run(region, regionOut), null);
        } catch (InterruptedException e) {
            throw e;
        } catch (UserException e) {
            regionOut.error(MultiRegionDeployer.firstLine(e.getMessage()));
            return new Done<>(region, null, e.getMessage());
        } catch (Exception e) {
            regionOut.error(String.valueOf(e));
            return new Done<>(region, null, String.valueOf(e));
        }
    }

    /**
     * Throws when any region failed: how many, and each failed region with its reason. {@code what}
     * starts the message ({@code "Delete"}).
     */
    public static void failIfAny(String what, List<? extends Done<?>> done) {
        List<? extends Done<?>> failed = done.stream().filter(Done::failed).toList();
        if (failed.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Done<?> d : failed) {
            lines.add("[" + d.region() + "] " + d.failure());
        }
        List<String> fine = done.stream().filter(d -> !d.failed()).map(Done::region).toList();
        throw new UserException(what + " failed in " + failed.size() + " of " + done.size() + " region(s)"
                + (fine.isEmpty() ? "" : " (done in " + String.join(", ", fine) + ")") + ":\n" + String.join("\n", lines));
    }

    /** A daemon thread for a region's work: a build that stops is not held up by a region still waiting. */
    static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** A region's result, with the region's own exception (not an ExecutionException wrapping it). */
    static <T> T join(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
