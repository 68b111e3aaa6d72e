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
        String createBucket = commandLine.setting("createBucket").or(() -> pom.setting("createBucket")).orElse("false");
        if (!createBucket.equals("true") && !createBucket.equals("false")) {
            throw new UserException("collab-infra.createBucket must be true or false, not '" + createBucket + "'");
        }
        return new ResolvedEnvironment(merged.build(), Boolean.parseBoolean(createBucket),
                commandLine.setting("endpoint").or(() -> pom.setting("endpoint")),
                commandLine.setting("profile").or(() -> pom.setting("profile")));
    }

    private static void applySettings(Environment.Builder b, EnvironmentOverrides level) {
        level.setting("stackName").ifPresent(v -> b.stackName(v, level.source("stackName")));
        level.setting("region").ifPresent(v -> b.region(v, level.source("region")));
        level.setting("bucket").ifPresent(v -> b.bucket(v, level.source("bucket")));
        level.setting("prefix").ifPresent(v -> b.prefix(v, level.source("prefix")));
        level.setting("roleArn").ifPresent(v -> b.roleArn(v, level.source("roleArn")));
    }

    /**
     * The file's values over the POM's. The POM level holds only single settings, parameters and
     * tags, so the file's lists and flags are taken as they are.
     */
    private static Environment overPom(Environment pom, Environment file) {
        Environment.Builder out = file.toBuilder();
        Environment.Builder merged = pom.toBuilder();
        file.file().ifPresent(merged::file);
        file.stackName().ifPresent(v -> merged.stackName(v, file.source("stackName").orElse(null)));
        file.region().ifPresent(v -> merged.region(v, file.source("region").orElse(null)));
        file.bucket().ifPresent(v -> merged.bucket(v, file.source("bucket").orElse(null)));
        file.prefix().ifPresent(v -> merged.prefix(v, file.source("prefix").orElse(null)));
        file.roleArn().ifPresent(v -> merged.roleArn(v, file.source("roleArn").orElse(null)));
        file.parameters().forEach((k, v) -> merged.parameter(k, v, file.source("parameters." + k).orElse(null)));
        file.tags().forEach((k, v) -> merged.tag(k, v, file.source("tags." + k).orElse(null)));
        Environment singles = merged.build();
        // start from the file (lists, flags, sources, warnings) and put the merged singles back
        singles.stackName().ifPresent(v -> out.stackName(v, singles.source("stackName").orElse(null)));
        singles.region().ifPresent(v -> out.region(v, singles.source("region").orElse(null)));
        singles.bucket().ifPresent(v -> out.bucket(v, singles.source("bucket").orElse(null)));
        singles.prefix().ifPresent(v -> out.prefix(v, singles.source("prefix").orElse(null)));
        singles.roleArn().ifPresent(v -> out.roleArn(v, singles.source("roleArn").orElse(null)));
        out.replaceParameters(singles.parameters(), singles.sources());
        out.replaceTags(singles.tags(), singles.sources());
        return out.build();
    }
}
