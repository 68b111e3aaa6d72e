package dev.collabinfra.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A careful warm-up loop instead of JMH: the benchmarks here measure milliseconds, not nanoseconds,
 * so a few hundred warm-up iterations reach steady state and the median of the measured ones is
 * stable. CPU time of the measuring thread is recorded beside wall time because on a shared machine
 * wall time mostly measures the neighbours.
 */
final class Measure {

    /** Wall and CPU time of a measured loop, in milliseconds. */
    record Timing(int iterations, double medianMs, double minMs, double p90Ms, double medianCpuMs) {

        String describe() {
            return format(medianMs) + " ms median (min " + format(minMs) + ", p90 " + format(p90Ms) + ", CPU "
                    + format(medianCpuMs) + " ms; " + iterations + " runs)";
        }
    }

    /** Work whose time is measured; it may throw. */
    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    private Measure() {}

    /**
     * Runs {@code work} until warm (at least {@code warmups} times and at least {@code warmupMillis}),
     * then {@code iterations} measured times.
     */
    static Timing loop(Work work, int warmups, long warmupMillis, int iterations) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Object sink = null;
        long warmUntil = System.nanoTime() + warmupMillis * 1_000_000L;
        for (int i = 0; i < warmups || System.nanoTime() < warmUntil; i++) {
            sink = work.run();
        }
        double[] wall = new double[iterations];
        double[] cpu = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink = work.run();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        if (sink == null) {
            throw new IllegalStateException("the measured work returned nothing; it may have been optimised away");
        }
        double[] sorted = wall.clone();
        Arrays.sort(sorted);
        return new Timing(iterations, median(wall), sorted[0], sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)],
                median(cpu));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Used heap after a few full collections, in bytes. */
    static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static String mb(long bytes) {
        return format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** Two decimals below 10, one below 100, none above: figures without false precision. */
    static String format(double value) {
        double abs = Math.abs(value);
        String pattern = abs < 10 ? "%.2f" : abs < 100 ? "%.1f" : "%.0f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
