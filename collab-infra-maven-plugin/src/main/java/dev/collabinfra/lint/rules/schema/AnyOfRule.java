package dev.collabinfra.lint.rules.schema;

/** E3017: At least one of the schema's alternative property sets is given (anyOf) */
public final class AnyOfRule extends SchemaRule {

    @Override
    public String id() {
        return "E3017";
    }

    @Override
    public String description() {
        return "At least one of the schema's alternative property sets is given (anyOf)";
    }
}
