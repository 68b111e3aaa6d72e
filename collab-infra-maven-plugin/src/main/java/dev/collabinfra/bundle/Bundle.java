package dev.collabinfra.bundle;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one main template needs, independent of any environment: the templates (original
 * bytes), the code archives and the nesting tree. Paths are relative to the bundle root, the
 * closest directory that holds every file, so nothing depends on where the project lives.
 */
public final class Bundle {

    private final String main;
    private final Map<String, BundleFile> files;
    private final Map<String, BundleTemplate> templates;
    private final List<String> warnings;

    public Bundle(String main, List<BundleFile> files, List<BundleTemplate> templates) {
        this(main, files, templates, List.of());
    }

    /** @param warnings what packaging left out and why (symbolic links leaving a code directory, the build directory) */
    public Bundle(String main, List<BundleFile> files, List<BundleTemplate> templates, List<String> warnings) {
        this.main = main;
        this.warnings = List.copyOf(warnings);
        Map<String, BundleFile> byPath = new TreeMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        Map<String, BundleTemplate> templatesByPath = new TreeMap<>();
        templates.forEach(t -> templatesByPath.put(t.path(), t));
        this.files = Collections.unmodifiableMap(byPath);
        this.templates = Collections.unmodifiableMap(templatesByPath);
    }

    /** What packaging left out of the code archives and why, for the user to see. */
    public List<String> warnings() {
        return warnings;
    }

    /** Path of the main template inside the bundle. */
    public String main() {
        return main;
    }

    /** Every file, sorted by path. */
    public Map<String, BundleFile> files() {
        return files;
    }

    public BundleFile file(String path) {
        return files.get(path);
    }

    /** Every template with its references, sorted by path. */
    public Map<String, BundleTemplate> templates() {
        return templates;
    }

    public BundleTemplate template(String path) {
        return templates.get(path);
    }

    public BundleTemplate mainTemplate() {
        return templates.get(main);
    }
}
