package dev.collabinfra.goals;

import dev.collabinfra.core.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the goals tests share: a context that keeps the printed lines, and files written into a project. */
final class GoalTestSupport {

    private GoalTestSupport() {}

    /** A batch-mode context with a fresh validation record; info, warn and error lines go to {@code log}, prefixed with their level. */
    static GoalContext context(List<String> log) {
        return new GoalContext(new Printed(log), true, ValidationRecord.inMemory());
    }

    /** What a goal prints, as the user sees it without {@code -X}: details are left out. */
    private record Printed(List<String> log) implements ProgressListener {

        @Override
        public void info(String message) {
            keep("INFO", message);
        }

        @Override
        public void detail(String message) {
            // -X only
        }

        @Override
        public void warn(String message) {
            keep("WARN", message);
        }

        @Override
        public void error(String message) {
            keep("ERROR", message);
        }

        private void keep(String level, String message) {
            log.add(level + " " + message);
        }
    }

    /** Writes {@code text} to {@code relative} under {@code dir}, creating the folders. */
    static void write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
