package dev.collabinfra.goals;

import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleResolver;
import dev.collabinfra.bundle.BundleWriter;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code package} goal: validate exactly as {@code validate} does (so a broken template set is
 * never bundled, and {@code mvn package} fails on what {@code mvn verify} fails on, with the same
 * messages), then write the environment-independent bundle and its zip.
 */
public final class PackageGoal {

    /** The goal's name. */
    public static final String NAME = "package";

    /** What was packaged. */
    public record Result(Bundle bundle, Path bundleFile) {
        /** Local Lambda code archives in the bundle. */
        public int codeArchives() {
            return bundle.files().size() - bundle.templates().size();
        }
    }

    private final GoalContext context;

    public PackageGoal(GoalContext context) {
        this.context = context;
    }

    public Result run(PackageSettings settings) {
        new ValidateGoal(context).before(NAME, settings.validation());
        Bundle bundle = resolveBundle(settings.validation().project(), settings.validation().sources(), context.out());
        try {
            BundleWriter.write(bundle, settings.bundleDirectory(), settings.bundleFile());
        } catch (IOException e) {
            throw new UserException("Could not write the bundle to " + settings.bundleDirectory() + ": " + e.getMessage()
                    + "; check that the build directory is writable", e);
        }
        return new Result(bundle, settings.bundleFile());
    }

    /** The main template and everything it ships; messages show paths relative to the project. */
    static Bundle resolveBundle(Project project, Sources sources, ProgressListener out) {
        if (sources.mainTemplate() == null) {
            throw new UserException("No main template: set <mainTemplate> (-D" + PropertyNames.MAIN_TEMPLATE + "=...)");
        }
        Bundle bundle = new BundleResolver(new TemplateParser(), project.baseDir(), sources.allowedOutside())
                .resolve(sources.mainTemplate());
        bundle.warnings().forEach(out::warn); // what was left out of the code archives (links leaving a folder, target/)
        return bundle;
    }
}
