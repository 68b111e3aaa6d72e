package dev.collabinfra.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Mojo log that keeps every line with its level, so tests can assert what users see. */
final class RecordingLog implements Log {

    record Line(String level, String text) {
        @Override
        public String toString() {
            return "[" + level + "] " + text;
        }
    }

    private final List<Line> lines = new ArrayList<>();

    void clear() {
        lines.clear();
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    List<String> at(String level) {
        return lines.stream().filter(l -> l.level().equals(level)).map(Line::text).toList();
    }

    String all() {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        return text.toString();
    }

    private void add(String level, CharSequence content, Throwable error) {
        lines.add(new Line(level, (content == null ? "" : content.toString()) + (error == null ? "" : " " + error)));
    }

    @Override public boolean isDebugEnabled() { return true; }
    @Override public void debug(CharSequence content) { add("DEBUG", content, null); }
    @Override public void debug(CharSequence content, Throwable error) { add("DEBUG", content, error); }
    @Override public void debug(Throwable error) { add("DEBUG", null, error); }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { add("INFO", content, null); }
    @Override public void info(CharSequence content, Throwable error) { add("INFO", content, error); }
    @Override public void info(Throwable error) { add("INFO", null, error); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { add("WARNING", content, null); }
    @Override public void warn(CharSequence content, Throwable error) { add("WARNING", content, error); }
    @Override public void warn(Throwable error) { add("WARNING", null, error); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { add("ERROR", content, null); }
    @Override public void error(CharSequence content, Throwable error) { add("ERROR", content, error); }
    @Override public void error(Throwable error) { add("ERROR", null, error); }
}
