package dev.collabinfra.goals;

import dev.collabinfra.template.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Catches a mistyped {@code -Dcollab-infra.*} property: Maven ignores properties no parameter
 * reads, so {@code -Dcollab-infra.failon=none} would silently do nothing. Each unknown one is a
 * warning with the closest known name ({@code collab-infra.failon} → {@code failOn}).
 */
public final class UnknownProperties {

    /** Property families that take any suffix: template parameters, stack tags, exported outputs. */
    private static final List<String> OPEN_PREFIXES = List.of(
            PropertyNames.PARAMETERS_PREFIX, PropertyNames.TAGS_PREFIX, PropertyNames.OUTPUT_PROPERTY_PREFIX);

    private UnknownProperties() {}

    /**
     * @param commandLine the {@code -D} properties of the build
     * @param known every property a parameter of the plugin reads; empty means "unknown", and nothing is reported
     * @return one warning per unknown {@code collab-infra.*} property, sorted
     */
    public static List<String> warnings(Map<String, String> commandLine, Set<String> known) {
        List<String> warnings = new ArrayList<>();
        if (known.isEmpty()) {
            return warnings;
        }
        Set<String> all = new TreeSet<>(known);
        all.add(PropertyNames.ENV_LONG);
        for (String name : new TreeSet<>(commandLine.keySet())) {
            if (!name.startsWith(PropertyNames.PREFIX) || all.contains(name) || OPEN_PREFIXES.stream().anyMatch(name::startsWith)) {
                continue;
            }
            String hint = closest(name, all).map(s -> "; did you mean -D" + s + " (" + s.substring(PropertyNames.PREFIX.length()) + ")?")
                    .orElse("; no goal of this plugin reads it (mvn collab-infra:help -Ddetail lists the properties)");
            warnings.add("Unknown property -D" + name + hint);
        }
        return warnings;
    }

    private static java.util.Optional<String> closest(String name, Set<String> known) {
        for (String candidate : known) {
            if (candidate.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return java.util.Optional.of(candidate);
            }
        }
        return Suggestions.closest(name, known.stream().filter(k -> k.startsWith(PropertyNames.PREFIX)).toList());
    }
}
