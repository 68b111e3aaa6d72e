package dev.collabinfra.environment;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * AWS region codes. A region is checked two ways: the code must have the shape of a region
 * ({@code us-east-1}, {@code us-gov-west-1}, {@code us-isob-east-1}), which catches typos such as
 * {@code us-east1} or {@code US-EAST-1} as errors; a well-shaped code that is not in the list below
 * is only a warning, because AWS opens new regions more often than this plugin is released.
 */
public final class Regions {

    /** The shape of every region code AWS has used so far. */
    public static final Pattern SHAPE = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d");

    /** Regions known when this list was written (commercial, GovCloud, China, ISO). */
    public static final Set<String> KNOWN = Set.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "af-south-1",
            "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
            "ap-southeast-6", "ap-southeast-7",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "ca-central-1", "ca-west-1",
            "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3",
            "eu-south-1", "eu-south-2", "eu-north-1",
            "il-central-1", "me-south-1", "me-central-1", "mx-central-1", "sa-east-1",
            "us-gov-east-1", "us-gov-west-1",
            "cn-north-1", "cn-northwest-1",
            "us-iso-east-1", "us-iso-west-1", "us-isob-east-1", "us-isof-south-1", "us-isof-east-1",
            "eu-isoe-west-1");

    private Regions() {}

    public static boolean hasShape(String region) {
        return SHAPE.matcher(region).matches();
    }

    public static boolean isKnown(String region) {
        return KNOWN.contains(region);
    }
}
