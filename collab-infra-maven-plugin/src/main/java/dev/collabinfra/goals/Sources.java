package dev.collabinfra.goals;

import dev.collabinfra.environment.EnvironmentLoader;
import java.nio.file.Path;

/**
 * Where the templates are.
 *
 * @param templates the templates directory, or a single template file
 * @param mainTemplate the main template; null when it is the unresolved default of a run without a pom
 */
public record Sources(Path templates, Path mainTemplate) {

    /** The folder that holds {@code environments/}; see {@link EnvironmentLoader#templatesFolder}. */
    public Path templatesFolder() {
        return EnvironmentLoader.templatesFolder(templates, mainTemplate);
    }
}
