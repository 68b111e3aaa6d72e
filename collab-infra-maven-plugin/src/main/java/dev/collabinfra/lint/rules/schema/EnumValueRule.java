package dev.collabinfra.lint.rules.schema;

/** E3030: Values are one of the values the registry schema allows (enum, const) */
public final class EnumValueRule extends SchemaRule {

    @Override
    public String id() {
        return "E3030";
    }

    @Override
    public String description() {
        return "Values are one of the values the registry schema allows (enum, const)";
    }
}
