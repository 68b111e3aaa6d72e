package dev.collabinfra.lint.rules.schema;

/** E3034: Numbers lie between the schema's minimum and maximum */
public final class NumberRangeRule extends SchemaRule {

    @Override
    public String id() {
        return "E3034";
    }

    @Override
    public String description() {
        return "Numbers lie between the schema's minimum and maximum";
    }
}
