package dev.collabinfra.lint.rules.schema;

/** E3032: Lists have between minItems and maxItems items */
public final class ListLengthRule extends SchemaRule {

    @Override
    public String id() {
        return "E3032";
    }

    @Override
    public String description() {
        return "Lists have between minItems and maxItems items";
    }
}
