package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.template.Severity;

/**
 * The template's registry-schema violations of one rule id, for the rules that own an id the
 * schema checks share with the legacy specification (E3002 property names, E3003 required, E3012
 * types): they call {@link #report} after their own walk, so one class keeps one id and the schema
 * findings the legacy walk already made are not repeated.
 */
public final class SchemaViolations {

    private SchemaViolations() {}

    /** Reports the violations with {@code ruleId}, skipping those an equivalent finding already covers. */
    public static void report(LintContext ctx, String ruleId) {
        for (Violation v : SchemaFindings.of(ctx)) {
            if (v.ruleId().equals(ruleId) && (v.dedupeKey() == null || !ctx.reported(ruleId, v.position(), v.dedupeKey()))) {
                if (v.warning() && ruleId.charAt(0) == 'E') {
                    ctx.report(ruleId, Severity.WARNING, v.position(), v.message());
                } else {
                    ctx.report(v.position(), v.message());
                }
            }
        }
    }
}
