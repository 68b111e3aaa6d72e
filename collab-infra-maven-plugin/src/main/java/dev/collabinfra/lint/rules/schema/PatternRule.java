package dev.collabinfra.lint.rules.schema;

/** E3031: String values match the registry schema's pattern */
public final class PatternRule extends SchemaRule {

    @Override
    public String id() {
        return "E3031";
    }

    @Override
    public String description() {
        return "String values match the registry schema's pattern";
    }
}
