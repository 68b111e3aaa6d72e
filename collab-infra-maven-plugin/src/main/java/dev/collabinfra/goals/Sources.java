package dev.collabinfra.goals;

import dev.collabinfra.environment.EnvironmentLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the templates are.
 *
 * @param templates the templates directory, or a single template file
 * @param mainTemplate the main template; null when it is the unresolved default of a run without a pom
 * @param allowedOutside directories outside the project that local Code/TemplateURL paths may point
 *     into ({@code allowedOutsideDirectories}); empty by default, so nothing outside is shipped
 */
public record Sources(Path templates, Path mainTemplate, List<Path> allowedOutside) {

    /** Sources that allow no local path outside the project. */
    public Sources(Path templates, Path mainTemplate) {
        this(templates, mainTemplate, List.of());
    }

    public Sources {
        allowedOutside = allowedOutside == null ? List.of() : List.copyOf(allowedOutside);
    }

    /** The folder that holds {@code environments/}; see {@link EnvironmentLoader#templatesFolder}. */
    public Path templatesFolder() {
        return EnvironmentLoader.templatesFolder(templates, mainTemplate);
    }
}
