package dev.collabinfra.lint.rules.dns;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E3029: an alias record (AliasTarget) takes its TTL from the target; TTL must not be set (cfn-lint E3029). */
public final class RecordSetAliasRule implements Rule {

    @Override
    public String id() {
        return "E3029";
    }

    @Override
    public String description() {
        return "A Route 53 alias record (AliasTarget) sets no TTL";
    }

    @Override
    public void check(LintContext ctx) {
        for (RecordSets.Entry e : RecordSets.all(ctx)) {
            if (e.record().containsKey("AliasTarget") && e.record().containsKey("TTL")) {
                ctx.report(e.record().entry("TTL").get().keyPosition(), "Record set " + e.where()
                        + " sets TTL next to AliasTarget; an alias record uses the target's TTL: remove TTL");
            }
        }
    }
}
