package dev.collabinfra.environment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings given outside the environment file: on the command line ({@code -Dcollab-infra.region=...})
 * or in the POM's plugin configuration. The Mojo fills the maps; this class only holds them and
 * knows the property names, so the core stays free of Maven.
 *
 * @param origin how to name the place in messages: {@link #COMMAND_LINE} or {@link #POM}
 * @param settings single-valued settings by name (see {@link #SETTINGS})
 * @param parameters template parameter values by parameter name
 * @param tags stack tags by key
 */
public record EnvironmentOverrides(String origin, Map<String, String> settings, Map<String, String> parameters,
        Map<String, String> tags) {

    /** The origin name for values typed on the command line. */
    public static final String COMMAND_LINE = "command line";

    /** The origin name for values from the plugin's POM configuration. */
    public static final String POM = "POM";

    /** Prefix of every property a user types: {@code collab-infra.}. */
    public static final String PREFIX = Setting.PROPERTY_PREFIX;

    /** Single-valued settings that may be overridden, after {@link #PREFIX} (from {@link Setting}). */
    public static final List<String> SETTINGS = Setting.commandLineSingles();

    public EnvironmentOverrides {
        settings = copyWithoutBlanks(settings);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** No overrides at all. */
    public static EnvironmentOverrides none(String origin) {
        return new EnvironmentOverrides(origin, Map.of(), Map.of(), Map.of());
    }

    /**
     * Picks the {@code collab-infra.*} settings, {@code collab-infra.parameters.<Name>} and
     * {@code collab-infra.tags.<Key>} out of a property map (the user properties of the Maven
     * session); other properties are ignored.
     */
    public static EnvironmentOverrides fromProperties(String origin, Map<String, String> properties) {
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> tags = new LinkedHashMap<>();
        properties.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String key = e.getKey();
            if (!key.startsWith(PREFIX)) {
                return;
            }
            String rest = key.substring(PREFIX.length());
            String parametersPrefix = Setting.PARAMETERS.key() + ".";
            String tagsPrefix = Setting.TAGS.key() + ".";
            if (rest.startsWith(parametersPrefix) && rest.length() > parametersPrefix.length()) {
                parameters.put(rest.substring(parametersPrefix.length()), e.getValue());
            } else if (rest.startsWith(tagsPrefix) && rest.length() > tagsPrefix.length()) {
                tags.put(rest.substring(tagsPrefix.length()), e.getValue());
            } else if (SETTINGS.contains(rest)) {
                settings.put(rest, e.getValue());
            }
        });
        return new EnvironmentOverrides(origin, settings, parameters, tags);
    }

    /**
     * Only what changes how the templates resolve: the settings that merge by precedence
     * ({@link Setting#mergedStrings}: stack name, region, role, ...) and the parameters. Two builds
     * that differ only in an endpoint or a tag resolve alike, so their validations are equal.
     */
    public EnvironmentOverrides forResolution() {
        Map<String, String> kept = new LinkedHashMap<>();
        for (Setting setting : Setting.mergedStrings()) {
            setting(setting.key()).ifPresent(v -> kept.put(setting.key(), v));
        }
        return new EnvironmentOverrides(origin, kept, parameters, Map.of());
    }

    /** True when this level sets nothing. */
    public boolean isEmpty() {
        return settings.isEmpty() && parameters.isEmpty() && tags.isEmpty();
    }

    /**
     * How a finding names the place a value came from when it is not a file line: the property a
     * user typed ({@code -Dcollab-infra.parameters.X}) or the POM element ({@code POM <parameters><X>}).
     */
    public static String place(String key, Source source) {
        return source.equals(none(COMMAND_LINE).source(key)) ? "-D" + PREFIX + key : source.description();
    }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    /**
     * How a value given here is named in messages: {@code command line (-Dcollab-infra.region)} or
     * {@code POM <parameters><DesiredCapacity>}, so the user knows what to edit.
     */
    Source source(String key) {
        if (origin.equals(POM)) {
            return Source.named("POM <" + key.replace(".", "><") + ">");
        }
        return Source.named(origin + " (-D" + PREFIX + key + ")");
    }

    private static Map<String, String> copyWithoutBlanks(Map<String, String> in) {
        Map<String, String> out = new LinkedHashMap<>();
        in.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.put(k, v.strip());
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
