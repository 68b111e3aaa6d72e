package dev.collabinfra.lint;

import dev.collabinfra.core.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A check over the whole set of templates rather than one file at a time: nested stack
 * references, environment files and the like. The {@link Validator} runs these after the per-file
 * rules; their findings are reported, counted and written to the reports like any other.
 */
public interface ValidationCheck {

    /**
     * What a check sees: the request, the templates found, the run's shared services (the
     * same parse cache the per-file rules used) and where the run says what it is doing.
     */
    record Scope(ValidationRequest request, Path templateRoot, List<Path> templates, LintServices services,
            ProgressListener progress) {

        /** A scope whose check reports no progress. */
        public Scope(ValidationRequest request, Path templateRoot, List<Path> templates, LintServices services) {
            this(request, templateRoot, templates, services, ProgressListener.silent());
        }
    }

    List<Finding> check(Scope scope);

    /** The ids this check reports that no {@link Rule} declares, with their one-line descriptions (for the reports). */
    default Map<String, String> ruleDescriptions() {
        return Map.of();
    }
}
