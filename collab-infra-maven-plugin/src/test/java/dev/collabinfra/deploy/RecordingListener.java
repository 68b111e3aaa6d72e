package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/** Keeps every line, prefixed with its level. */
final class RecordingListener implements ProgressListener {

    final List<String> lines = new ArrayList<>();
    /** Runs on every line as it is reported, on the reporting thread: lets a test act at a given moment. */
    java.util.function.Consumer<String> onLine = line -> { };

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
        onLine.accept("INFO " + message);
    }

    @Override
    public void detail(String message) {
        lines.add("DEBUG " + message);
        onLine.accept("DEBUG " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
        onLine.accept("WARN " + message);
    }

    @Override
    public void error(String message) {
        lines.add("ERROR " + message);
        onLine.accept("ERROR " + message);
    }

    String text() {
        return String.join("\n", lines);
    }
}
