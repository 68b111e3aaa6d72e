package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/** Keeps every line, prefixed with its level. */
final class RecordingListener implements ProgressListener {

    final List<String> lines = new ArrayList<>();

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void detail(String message) {
        lines.add("DEBUG " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void error(String message) {
        lines.add("ERROR " + message);
    }

    String text() {
        return String.join("\n", lines);
    }
}
