package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.MapNode;
import java.util.Iterator;

/**
 * A section holds at most CloudFormation's quota of entries. The finding points at the first
 * entry over the limit, where the cut has to happen.
 */
abstract class SectionLimitRule implements Rule {

    private final String id;
    private final String section;
    private final String noun;
    private final int limit;

    SectionLimitRule(String id, String section, String noun, int limit) {
        this.id = id;
        this.section = section;
        this.noun = noun;
        this.limit = limit;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "At most " + limit + " " + noun + "s";
    }

    @Override
    public void check(LintContext ctx) {
        ctx.template().section(section).ifPresent(map -> {
            if (map.size() > limit) {
                MapNode.Entry first = nth(map, limit);
                ctx.report(first.keyPosition(), "Template has " + map.size() + " " + noun + "s, over CloudFormation's limit of "
                        + limit + " (this is number " + (limit + 1) + "); " + fix());
            }
        });
    }

    /** How to get under the limit. */
    abstract String fix();

    static MapNode.Entry nth(MapNode map, int index) {
        Iterator<MapNode.Entry> it = map.entries().iterator();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return it.next();
    }
}
