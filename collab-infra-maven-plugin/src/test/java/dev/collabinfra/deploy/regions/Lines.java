package dev.collabinfra.deploy.regions;

import dev.collabinfra.core.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/** Keeps every line with its level; safe for the threads of a multi-region run. */
public final class Lines implements ProgressListener {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public synchronized void detail(String message) {
        lines.add("DEBUG " + message);
    }

    @Override
    public synchronized void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public synchronized void error(String message) {
        lines.add("ERROR " + message);
    }

    public synchronized List<String> all() {
        return List.copyOf(lines);
    }

    public synchronized String text() {
        return String.join("\n", lines);
    }
}
