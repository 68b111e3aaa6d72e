package dev.collabinfra.lint.rules.schema;

/** E3014: Exactly one of a set of properties is set (requiredXor) */
public final class ExactlyOneOfRule extends SchemaRule {

    @Override
    public String id() {
        return "E3014";
    }

    @Override
    public String description() {
        return "Exactly one of a set of properties is set (requiredXor)";
    }
}
