package dev.collabinfra.lint.rules.schema;

/** E3033: Strings have between minLength and maxLength characters */
public final class StringLengthRule extends SchemaRule {

    @Override
    public String id() {
        return "E3033";
    }

    @Override
    public String description() {
        return "Strings have between minLength and maxLength characters";
    }
}
