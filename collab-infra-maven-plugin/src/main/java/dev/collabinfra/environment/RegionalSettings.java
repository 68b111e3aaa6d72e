package dev.collabinfra.environment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an environment file says about more than one region: the {@code regions:} list, the
 * per-region parameter overrides of {@code regionParameters:}, the {@code operationPreferences:}
 * of the fan-out and an optional {@code stackSet:} target. Read by {@link RegionalSettingsReader}
 * beside the {@link Environment} of the same file; every value remembers its line under the keys
 * {@code regions[i]}, {@code regionParameters.<region>.<Name>}, {@code operationPreferences.<field>},
 * {@code stackSet.<field>}, {@code stackSet.accounts[i]} and {@code stackSet.organizationalUnits[i]}.
 */
public record RegionalSettings(
        List<String> regions,
        Map<String, Map<String, String>> regionParameters,
        OperationPreferences preferences,
        Optional<StackSetTarget> stackSet,
        Map<String, Source> sources) {

    /** The placeholder a value may use for the region it is deployed to: {@code bucket: artifacts-${region}}. */
    public static final String REGION_PLACEHOLDER = "${region}";

    /** The top-level keys this class reads; the {@link EnvironmentLoader} leaves them to it. */
    public static final List<String> KEYS = List.of("regions", "regionParameters", "operationPreferences", "stackSet");

    public RegionalSettings {
        regions = List.copyOf(regions);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        regionParameters.forEach((region, values) -> copy.put(region, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        regionParameters = Collections.unmodifiableMap(copy);
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** An environment file without any of these keys. */
    public static RegionalSettings none() {
        return new RegionalSettings(List.of(), Map.of(), OperationPreferences.defaults(), Optional.empty(), Map.of());
    }

    /** True when the file names regions with {@code regions:} (one or more). */
    public boolean multiRegion() {
        return !regions.isEmpty();
    }

    public Optional<Source> source(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    /** The regions in execution order ({@code operationPreferences.regionOrder} first). */
    public List<String> orderedRegions() {
        return preferences.ordered(regions);
    }

    /**
     * The single-region environment {@code deploy} uses for one region: {@code region} set (with the
     * line of its {@code regions:} entry), that region's {@code regionParameters} over the shared
     * parameters (with their own lines), and {@code ${region}} in the bucket and prefix replaced.
     */
    public Environment environmentFor(Environment base, String region) {
        Environment.Builder b = base.toBuilder();
        int index = regions.indexOf(region);
        b.region(region, index < 0 ? base.source("region").orElse(null) : sources.get("regions[" + index + "]"));
        regionParameters.getOrDefault(region, Map.of()).forEach((name, value) ->
                b.parameter(name, value, sources.get("regionParameters." + region + "." + name)));
        base.bucket().ifPresent(bucket -> b.bucket(forRegion(bucket, region), base.source("bucket").orElse(null)));
        base.prefix().ifPresent(prefix -> b.prefix(forRegion(prefix, region), base.source("prefix").orElse(null)));
        return b.build();
    }

    /** {@code text} with every {@code ${region}} replaced by {@code region}. */
    public static String forRegion(String text, String region) {
        return text.replace(REGION_PLACEHOLDER, region);
    }
}
