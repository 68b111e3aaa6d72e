package dev.collabinfra.lint.rules.schema;

/** E3020: Properties that exclude each other are not set together */
public final class ExcludedPropertiesRule extends SchemaRule {

    @Override
    public String id() {
        return "E3020";
    }

    @Override
    public String description() {
        return "Properties that exclude each other are not set together";
    }
}
