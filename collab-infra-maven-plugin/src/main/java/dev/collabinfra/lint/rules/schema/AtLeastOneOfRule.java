package dev.collabinfra.lint.rules.schema;

/** E3058: At least one of a set of properties is set (requiredOr) */
public final class AtLeastOneOfRule extends SchemaRule {

    @Override
    public String id() {
        return "E3058";
    }

    @Override
    public String description() {
        return "At least one of a set of properties is set (requiredOr)";
    }
}
