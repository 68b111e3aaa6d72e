package dev.collabinfra.lint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one validation run is asked to do.
 *
 * @param baseDir the project directory; report and log paths are shown relative to it
 * @param templates a template directory or a single template file
 * @param allowEmpty true when a directory without templates is fine (otherwise the run fails)
 * @param ignoredRules rule ids or id prefixes never to report (the {@code ignoreRules} setting)
 * @param failOn the least serious finding that fails the run
 * @param reportDirectory where the SARIF and JUnit reports go
 * @param toolVersion the plugin version, recorded in the SARIF report
 * @param allowedOutside directories outside {@code baseDir} that local paths may point into
 *     ({@code allowedOutsideDirectories}); empty by default
 * @param lintTimeout the longest one template's checks may take before it gets an E0002 finding
 *     naming the rule that was running (the {@code lintTimeout} setting); null or zero for no bound
 */
public record ValidationRequest(
        Path baseDir,
        Path templates,
        boolean allowEmpty,
        Set<String> ignoredRules,
        FailOn failOn,
        Path reportDirectory,
        String toolVersion,
        List<Path> allowedOutside,
        Duration lintTimeout) {

    /** The default bound on one template's checks. */
    public static final Duration DEFAULT_LINT_TIMEOUT = Duration.ofSeconds(10);

    /** A request that allows no local path outside the project, with the default time bound. */
    public ValidationRequest(Path baseDir, Path templates, boolean allowEmpty, Set<String> ignoredRules, FailOn failOn,
            Path reportDirectory, String toolVersion) {
        this(baseDir, templates, allowEmpty, ignoredRules, failOn, reportDirectory, toolVersion, List.of(), DEFAULT_LINT_TIMEOUT);
    }

    public ValidationRequest {
        allowedOutside = allowedOutside == null ? List.of()
                : allowedOutside.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        baseDir = baseDir.toAbsolutePath().normalize();
        Objects.requireNonNull(templates, "templates");
        ignoredRules = Set.copyOf(ignoredRules);
        Objects.requireNonNull(failOn, "failOn");
        reportDirectory = reportDirectory.toAbsolutePath().normalize();
        toolVersion = toolVersion == null ? "unknown" : toolVersion;
    }
}
