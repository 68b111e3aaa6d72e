package dev.collabinfra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the benchmark in a fresh JVM with this JVM's classpath, for what only a
 * fresh JVM shows (first run including class loading and the specification load) or what must not
 * share a heap with the local endpoint (memory while following events). The child reports its
 * figures as {@code RESULT key=value} lines.
 */
final class ChildJvm {

    /** What the child printed and how long the whole process took, JVM start included. */
    record Outcome(int exitCode, double wallMs, Map<String, String> results, String output) {

        double number(String key) {
            String value = results.get(key);
            if (value == null) {
                throw new IllegalStateException("the child JVM reported no " + key + "; its output:\n" + output);
            }
            return Double.parseDouble(value);
        }
    }

    private ChildJvm() {}

    static Outcome run(Class<?> main, List<String> jvmOptions, List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " did not finish within " + timeoutSeconds + " s");
        }
        double wallMs = (System.nanoTime() - start) / 1e6;
        String text = new String(output, StandardCharsets.UTF_8);
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("RESULT ")) {
                String pair = line.substring("RESULT ".length()).trim();
                int eq = pair.indexOf('=');
                results.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " exited with " + process.exitValue() + ":\n" + text);
        }
        return new Outcome(process.exitValue(), wallMs, results, text);
    }

    /** Prints one figure for the parent to read. */
    static void result(String key, Object value) {
        System.out.println("RESULT " + key + "=" + value);
    }
}
