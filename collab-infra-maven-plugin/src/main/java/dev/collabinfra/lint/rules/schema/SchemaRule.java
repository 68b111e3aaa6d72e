package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Severity;

/**
 * A rule that reports its id's share of the template's schema violations. Where a legacy
 * specification rule with the same id (E3002, E3003, E3012) already reported the same problem at
 * the same place, the schema finding is not repeated.
 */
abstract class SchemaRule implements Rule {

    @Override
    public void check(LintContext ctx) {
        for (Violation v : SchemaFindings.of(ctx)) {
            if (v.ruleId().equals(id()) && (v.dedupeKey() == null || !ctx.reported(id(), v.position(), v.dedupeKey()))) {
                if (v.warning() && severity() == Severity.ERROR) {
                    ctx.report(id(), Severity.WARNING, v.position(), v.message());
                } else {
                    ctx.report(v.position(), v.message());
                }
            }
        }
    }
}
