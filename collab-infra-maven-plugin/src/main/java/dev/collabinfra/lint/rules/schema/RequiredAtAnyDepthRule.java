package dev.collabinfra.lint.rules.schema;

/** E3003: Properties the registry schema requires are present, inside list items and nested types too */
public final class RequiredAtAnyDepthRule extends SchemaRule {

    @Override
    public String id() {
        return "E3003";
    }

    @Override
    public String description() {
        return "Properties the registry schema requires are present, inside list items and nested types too";
    }
}
