package dev.collabinfra.lint.rules.template;

/** E3010: at most 500 resources per template. */
public final class ResourceLimitRule extends SectionLimitRule {

    public ResourceLimitRule() {
        super("E3010", "Resources", "resource", 500);
    }

    @Override
    String fix() {
        return "move a group of resources into a nested stack";
    }
}
