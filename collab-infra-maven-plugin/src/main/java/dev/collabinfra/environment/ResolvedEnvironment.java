package dev.collabinfra.environment;

import dev.collabinfra.core.UserException;
import java.util.Optional;

/**
 * What a goal deploys to: the environment file's values with the command line laid over them and
 * the POM's underneath (command line &gt; environment file &gt; POM), plus the connection
 * settings that only the command line and the POM give.
 *
 * @param environment the merged settings; each value's {@link Environment#source} says where it came from
 * @param createBucket whether {@code upload} may create a missing bucket
 * @param endpoint an endpoint that replaces every AWS endpoint (LocalStack, tests)
 * @param profile the AWS profile to take credentials from
 */
public record ResolvedEnvironment(Environment environment, boolean createBucket, Optional<String> endpoint,
        Optional<String> profile) {

    /**
     * Merges the three levels. {@code fromFile} may be an empty environment when there is no file.
     * Parameters and tags merge key by key, so one {@code -Dcollab-infra.parameters.X} changes only X.
     */
    public static ResolvedEnvironment resolve(Environment fromFile, EnvironmentOverrides commandLine,
            EnvironmentOverrides pom) {
        Environment.Builder b = Environment.builder(fromFile.name());
        fromFile.file().ifPresent(b::file);
        // lowest first: POM, then the file, then the command line; later writes win
        applySettings(b, pom);
        pom.parameters().forEach((k, v) -> b.parameter(k, v, pom.source("parameters." + k)));
        pom.tags().forEach((k, v) -> b.tag(k, v, pom.source("tags." + k)));
        Environment.Builder merged = overPom(b.build(), fromFile).toBuilder();
        applySettings(merged, commandLine);
        commandLine.parameters().forEach((k, v) -> merged.parameter(k, v, commandLine.source("parameters." + k)));
        commandLine.tags().forEach((k, v) -> merged.tag(k, v, commandLine.source("tags." + k)));
        String createBucket = commandLine.setting(Setting.CREATE_BUCKET.key()).or(() -> pom.setting(Setting.CREATE_BUCKET.key())).orElse("false");
        if (!createBucket.equals("true") && !createBucket.equals("false")) {
            throw new UserException(Setting.CREATE_BUCKET.property() + " must be true or false, not '" + createBucket + "'");
        }
        return new ResolvedEnvironment(merged.build(), Boolean.parseBoolean(createBucket),
                commandLine.setting(Setting.ENDPOINT.key()).or(() -> pom.setting(Setting.ENDPOINT.key())),
                commandLine.setting(Setting.PROFILE.key()).or(() -> pom.setting(Setting.PROFILE.key())));
    }

    private static void applySettings(Environment.Builder b, EnvironmentOverrides level) {
        for (Setting setting : Setting.mergedStrings()) {
            level.setting(setting.key()).ifPresent(v -> b.single(setting, v, level.source(setting.key())));
        }
    }

    /**
     * The file's values over the POM's. The POM level holds only single settings, parameters and
     * tags, so the file's lists and flags are taken as they are.
     */
    private static Environment overPom(Environment pom, Environment file) {
        Environment.Builder out = file.toBuilder();
        Environment.Builder merged = pom.toBuilder();
        file.file().ifPresent(merged::file);
        for (Setting setting : Setting.mergedStrings()) {
            file.single(setting).ifPresent(v -> merged.single(setting, v, file.source(setting.key()).orElse(null)));
        }
        file.parameters().forEach((k, v) -> merged.parameter(k, v, file.source("parameters." + k).orElse(null)));
        file.tags().forEach((k, v) -> merged.tag(k, v, file.source("tags." + k).orElse(null)));
        Environment singles = merged.build();
        // start from the file (lists, flags, sources, warnings) and put the merged singles back
        for (Setting setting : Setting.mergedStrings()) {
            singles.single(setting).ifPresent(v -> out.single(setting, v, singles.source(setting.key()).orElse(null)));
        }
        out.replaceParameters(singles.parameters(), singles.sources());
        out.replaceTags(singles.tags(), singles.sources());
        return out.build();
    }
}
