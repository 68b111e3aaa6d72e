package dev.collabinfra.lint.rules.schema;

/** E3037: Lists the schema wants unique hold no duplicate items */
public final class UniqueItemsRule extends SchemaRule {

    @Override
    public String id() {
        return "E3037";
    }

    @Override
    public String description() {
        return "Lists the schema wants unique hold no duplicate items";
    }
}
