package dev.collabinfra.aws;

import dev.collabinfra.core.UserException;
import dev.collabinfra.template.Suggestions;
import java.util.List;
import software.amazon.awssdk.regions.Region;

/**
 * Catches a mistyped region before any call: the SDK accepts any string and the mistake would
 * surface as an unresolvable host name.
 */
public final class RegionCheck {

    private RegionCheck() {}

    /** Throws a {@link UserException} with a suggestion when the SDK does not know the region. */
    public static void requireKnown(String region) {
        if (region == null || region.isBlank()) {
            return;
        }
        List<String> known = Region.regions().stream().map(Region::id).toList();
        if (!known.contains(region)) {
            throw new UserException("Unknown AWS region '" + region + "'"
                    + Suggestions.closest(region, known).map(s -> "; did you mean '" + s + "'?").orElse("")
                    + " Fix: -Dcollab-infra.region=<region> or 'region:' in the environment file.");
        }
    }
}
