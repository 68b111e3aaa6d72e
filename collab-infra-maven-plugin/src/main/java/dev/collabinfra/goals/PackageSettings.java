package dev.collabinfra.goals;

import java.nio.file.Path;

/**
 * The {@code package} goal's settings.
 *
 * @param validation what {@code validate} is run with before anything is bundled
 * @param bundleDirectory where the unpacked bundle is written (emptied first)
 * @param bundleFile the reproducible zip of the bundle
 */
public record PackageSettings(ValidateSettings validation, Path bundleDirectory, Path bundleFile) {}
