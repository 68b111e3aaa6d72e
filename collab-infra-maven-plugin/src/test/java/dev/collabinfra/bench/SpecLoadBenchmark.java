package dev.collabinfra.bench;

import dev.collabinfra.spec.ResourceSpecification;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;

/**
 * Measures what loading the resource specification costs: the first load in a fresh JVM (what a
 * build pays), warm loads, and the heap the loaded specification retains after a full GC.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:<jackson-core.jar>
 * dev.collabinfra.bench.SpecLoadBenchmark [path/to/CloudFormationResourceSpecification.json]}
 */
public final class SpecLoadBenchmark {

    private SpecLoadBenchmark() {}

    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : null;
        String what = file == null ? "bundled compact spec" : file.toString();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processCpuStart = processCpu();
        long start = System.nanoTime();
        ResourceSpecification spec = load(file);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        long firstCpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long processCpuMillis = (processCpu() - processCpuStart) / 1_000_000;
        long retained = usedAfterGc(memory) - before;
        System.out.printf("%s: version %s, %d resource types%n", what, spec.version(), spec.resourceTypeNames().size());
        // CPU time too: on a shared machine wall time mostly measures the neighbours
        System.out.printf("first load (cold JVM): %d ms wall, %d ms CPU of the loading thread, %d ms CPU of the whole JVM"
                + " (JIT and GC threads included)%n", firstMillis, firstCpuMillis, processCpuMillis);
        System.out.printf("retained heap after GC: %.1f MB%n", retained / (1024.0 * 1024.0));
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            load(file);
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("warm load (best of 10): %d ms%n", best / 1_000_000);
        // keep spec reachable until the heap was measured
        System.out.println("check: " + spec.resourceType("AWS::S3::Bucket").isPresent());
    }

    private static ResourceSpecification load(Path file) {
        return file == null ? ResourceSpecification.bundled() : ResourceSpecification.load(file);
    }

    /** CPU time of the whole JVM, or 0 where the platform bean does not tell. */
    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
