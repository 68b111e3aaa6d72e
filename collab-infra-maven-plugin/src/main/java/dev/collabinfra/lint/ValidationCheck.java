package dev.collabinfra.lint;

import java.nio.file.Path;
import java.util.List;

/**
 * A check over the whole set of templates rather than one file at a time: nested stack
 * references, environment files and the like. The {@link Validator} runs these after the per-file
 * rules; their findings are reported, counted and written to the reports like any other.
 */
public interface ValidationCheck {

    /**
     * What a check sees: the request, the templates found, and the run's shared services (the
     * same parse cache the per-file rules used).
     */
    record Scope(ValidationRequest request, Path templateRoot, List<Path> templates, LintServices services) {}

    List<Finding> check(Scope scope);
}
