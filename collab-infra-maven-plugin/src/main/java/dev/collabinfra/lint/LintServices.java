package dev.collabinfra.lint;

import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Build-wide state the rules share: a cache of parsed templates (so a nested child is parsed once
 * however many parents name it). One instance per validation run; no static state.
 */
public class LintServices {

    private final TemplateParser parser = new TemplateParser();
    private final Map<Path, ParseResult> parsed = new ConcurrentHashMap<>();

    /** Parses a file once per run; later calls return the same result. */
    public ParseResult parse(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return parsed.computeIfAbsent(key, k -> {
            try {
                return parser.parse(k);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
