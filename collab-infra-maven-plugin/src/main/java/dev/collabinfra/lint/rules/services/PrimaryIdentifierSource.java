package dev.collabinfra.lint.rules.services;

import dev.collabinfra.lint.LintContext;
import java.util.List;
import java.util.Optional;

/**
 * Where E3019 learns a resource type's primary identifier. Today it reads the service data
 * generated from cfn-lint's schemas; when the {@code spec} package's registry schemas carry
 * {@code primaryIdentifier} (with read-only identifiers left out), this is the one method to switch.
 */
public final class PrimaryIdentifierSource {

    private PrimaryIdentifierSource() {}

    /** The identifier properties the template sets for {@code type}, or empty when the service names it. */
    public static Optional<List<String>> of(LintContext ctx, String type) {
        return Optional.ofNullable(ServiceData.of(ctx).primaryIdentifiers().get(type));
    }
}
