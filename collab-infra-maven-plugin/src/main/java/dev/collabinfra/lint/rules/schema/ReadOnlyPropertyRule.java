package dev.collabinfra.lint.rules.schema;

/** E3040: Read-only properties (set by CloudFormation) are not set in the template */
public final class ReadOnlyPropertyRule extends SchemaRule {

    @Override
    public String id() {
        return "E3040";
    }

    @Override
    public String description() {
        return "Read-only properties (set by CloudFormation) are not set in the template";
    }
}
