package dev.collabinfra.lint.rules.schema;

/** E3018: Exactly one of the schema's alternative property sets is given (oneOf) */
public final class OneOfRule extends SchemaRule {

    @Override
    public String id() {
        return "E3018";
    }

    @Override
    public String description() {
        return "Exactly one of the schema's alternative property sets is given (oneOf)";
    }
}
