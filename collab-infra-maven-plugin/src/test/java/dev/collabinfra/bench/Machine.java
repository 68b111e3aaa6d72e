package dev.collabinfra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The machine the figures came from: cores, CPU model, memory, JDK, OS and the load average, read
 * where Linux keeps them so the benchmark needs no extra tool.
 */
record Machine(int cores, String cpuModel, String memory, String jdk, String os, String loadAverage) {

    static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), readMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                readOs(), currentLoadAverage());
    }

    /** The 1, 5 and 15 minute load averages, or "unknown" off Linux. */
    static String currentLoadAverage() {
        return read("/proc/loadavg").map(l -> {
            String[] parts = l.trim().split("\\s+");
            return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : l.trim();
        }).orElse("unknown");
    }

    /** The 1-minute load average per core, or -1 when unknown. */
    static double loadPerCore() {
        try {
            return Double.parseDouble(currentLoadAverage().split(" ")[0]) / Runtime.getRuntime().availableProcessors();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("cores (nproc): " + cores);
        lines.add("CPU: " + cpuModel);
        lines.add("memory: " + memory);
        lines.add("JDK: " + jdk);
        lines.add("OS: " + os);
        lines.add("load average (1/5/15 min) at start: " + loadAverage);
        return lines;
    }

    private static String readCpuModel() {
        return readLines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(System.getProperty("os.arch"));
    }

    private static String readMemory() {
        return readLines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal:")).findFirst().map(l -> {
            long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
            return Measure.format(kb / (1024.0 * 1024.0)) + " GiB";
        }).orElse("unknown");
    }

    private static String readOs() {
        String pretty = readLines("/etc/os-release").stream().filter(l -> l.startsWith("PRETTY_NAME=")).findFirst()
                .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", "")).orElse(System.getProperty("os.name"));
        return pretty + ", kernel " + System.getProperty("os.version");
    }

    private static Optional<String> read(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> readLines(String file) {
        return read(file).map(s -> List.of(s.split("\n"))).orElse(List.of());
    }
}
