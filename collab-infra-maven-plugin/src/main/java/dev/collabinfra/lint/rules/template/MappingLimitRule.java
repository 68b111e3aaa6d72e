package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.template.MapNode;

/** E7010: at most 200 mappings per template and 200 top-level keys per mapping. */
public final class MappingLimitRule extends SectionLimitRule {

    static final int LIMIT = 200;

    public MappingLimitRule() {
        super("E7010", "Mappings", "mapping", LIMIT);
    }

    @Override
    public String description() {
        return "At most 200 mappings, and 200 keys per mapping";
    }

    @Override
    public void check(LintContext ctx) {
        super.check(ctx);
        for (MapNode.Entry entry : ctx.template().mappings().entries()) {
            if (entry.value() instanceof MapNode mapping && mapping.size() > LIMIT) {
                ctx.report(nth(mapping, LIMIT).keyPosition(), "Mapping '" + entry.key() + "' has " + mapping.size()
                        + " keys, over CloudFormation's limit of " + LIMIT + "; split it into several mappings");
            }
        }
    }

    @Override
    String fix() {
        return "merge mappings or move lookup data into SSM parameters";
    }
}
