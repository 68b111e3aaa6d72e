package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/**
 * A rule that reports its id's share of the template's schema violations. Where a legacy
 * specification rule with the same id (E3002, E3003, E3012) already reported the same problem at
 * the same place, the schema finding is not repeated.
 */
abstract class SchemaRule implements Rule {

    @Override
    public void check(LintContext ctx) {
        SchemaViolations.report(ctx, id());
    }
}
