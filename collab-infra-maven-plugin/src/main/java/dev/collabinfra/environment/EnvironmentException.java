package dev.collabinfra.environment;

import dev.collabinfra.core.UserException;
import dev.collabinfra.template.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An environment file the loader cannot use: every problem found in it, each with its line, so a
 * user fixes them all in one go. {@code validate} turns the problems into findings (E9100).
 */
public class EnvironmentException extends UserException {

    /** One mistake in the file, with the line it is on and the fix. */
    public record Problem(Position position, String message) {}

    private final Path file;
    private final List<Problem> problems;

    public EnvironmentException(Path file, List<Problem> problems) {
        super(describe(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(Path file, List<Problem> problems) {
        String lines = problems.stream()
                .map(p -> file + ":" + p.position().line() + ":" + p.position().column() + ": " + p.message())
                .collect(Collectors.joining("\n  "));
        return "Environment file " + file.getFileName() + " cannot be used:\n  " + lines;
    }
}
