package dev.collabinfra.lint.rules.resources;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import java.util.List;

/** E3035: DeletionPolicy is Delete, Retain, RetainExceptOnCreate or Snapshot (Snapshot only on types that support it). */
public final class DeletionPolicyRule implements Rule {

    @Override
    public String id() {
        return "E3035";
    }

    @Override
    public String description() {
        return "DeletionPolicy is Delete, Retain, RetainExceptOnCreate or Snapshot (where supported)";
    }

    @Override
    public void check(LintContext ctx) {
        PolicyValues.check(ctx, "DeletionPolicy", List.of("Delete", "Retain", "RetainExceptOnCreate", "Snapshot"));
    }
}
