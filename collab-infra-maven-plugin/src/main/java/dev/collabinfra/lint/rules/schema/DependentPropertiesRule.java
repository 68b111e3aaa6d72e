package dev.collabinfra.lint.rules.schema;

/** E3021: Properties that need other properties come with them */
public final class DependentPropertiesRule extends SchemaRule {

    @Override
    public String id() {
        return "E3021";
    }

    @Override
    public String description() {
        return "Properties that need other properties come with them";
    }
}
