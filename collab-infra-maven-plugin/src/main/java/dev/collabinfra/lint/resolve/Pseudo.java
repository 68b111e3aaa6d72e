package dev.collabinfra.lint.resolve;

import java.util.List;
import java.util.Optional;

/** The partition and URL suffix of a region, for {@code AWS::Partition} and {@code AWS::URLSuffix}. */
final class Pseudo {

    private Pseudo() {}

    static Optional<String> partition(String region) {
        if (region.startsWith("cn-")) {
            return Optional.of("aws-cn");
        }
        if (region.startsWith("us-gov-")) {
            return Optional.of("aws-us-gov");
        }
        if (region.startsWith("us-isob-")) {
            return Optional.of("aws-iso-b");
        }
        if (region.startsWith("us-iso-")) {
            return Optional.of("aws-iso");
        }
        if (region.contains("-iso")) {
            return Optional.empty(); // newer isolated partitions: not guessed
        }
        return Optional.of("aws");
    }

    static Optional<String> urlSuffix(String region) {
        return partition(region).map(p -> switch (p) {
            case "aws-cn" -> "amazonaws.com.cn";
            case "aws-iso" -> "c2s.ic.gov";
            case "aws-iso-b" -> "sc2s.sgov.gov";
            default -> "amazonaws.com";
        });
    }

    static final List<String> REGION_DEPENDENT = List.of("AWS::Region", "AWS::Partition", "AWS::URLSuffix");
}
