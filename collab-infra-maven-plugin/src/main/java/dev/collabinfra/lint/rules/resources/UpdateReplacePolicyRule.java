package dev.collabinfra.lint.rules.resources;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import java.util.List;

/** E3036: UpdateReplacePolicy is Delete, Retain or Snapshot (Snapshot only on types that support it). */
public final class UpdateReplacePolicyRule implements Rule {

    @Override
    public String id() {
        return "E3036";
    }

    @Override
    public String description() {
        return "UpdateReplacePolicy is Delete, Retain or Snapshot (where supported)";
    }

    @Override
    public void check(LintContext ctx) {
        PolicyValues.check(ctx, "UpdateReplacePolicy", List.of("Delete", "Retain", "Snapshot"));
    }
}
