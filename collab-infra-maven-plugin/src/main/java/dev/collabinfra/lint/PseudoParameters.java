package dev.collabinfra.lint;

import java.util.Set;

/** CloudFormation's pseudo parameters: valid {@code Ref} and {@code ${}} targets without a declaration. */
public final class PseudoParameters {

    /** Every pseudo parameter CloudFormation defines, in a fixed order (suggestions stay deterministic). */
    public static final Set<String> NAMES = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(java.util.List.of(
            "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region",
            "AWS::StackId", "AWS::StackName", "AWS::URLSuffix")));

    private PseudoParameters() {}

    public static boolean isPseudo(String name) {
        return NAMES.contains(name);
    }
}
