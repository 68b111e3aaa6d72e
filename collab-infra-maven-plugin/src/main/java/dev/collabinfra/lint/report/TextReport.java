package dev.collabinfra.lint.report;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.ValidationResult;
import java.nio.file.Path;

/** The console form: {@code path:line:column: SEVERITY RULE message}, paths relative to the project. */
public final class TextReport {

    private TextReport() {}

    /** One finding as a line. */
    public static String line(Finding finding, ValidationResult result) {
        return finding.format(result.request().baseDir());
    }

    /** How a template path is shown: relative to the project directory when inside it, with forward slashes. */
    public static String displayPath(Path file, Path baseDir) {
        Path shown = file.isAbsolute() && file.startsWith(baseDir) ? baseDir.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }
}
