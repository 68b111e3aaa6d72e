package dev.collabinfra.lint.rules.schema;

/** E3008: List items in fixed positions have the shape the schema wants there (prefixItems) */
public final class ListPrefixItemsRule extends SchemaRule {

    @Override
    public String id() {
        return "E3008";
    }

    @Override
    public String description() {
        return "List items in fixed positions have the shape the schema wants there (prefixItems)";
    }
}
