package dev.collabinfra.lint.rules.schema;

/** E3012: Values have the type the registry schema declares (CloudFormation's coercions allowed) */
public final class SchemaTypeRule extends SchemaRule {

    @Override
    public String id() {
        return "E3012";
    }

    @Override
    public String description() {
        return "Values have the type the registry schema declares (CloudFormation's coercions allowed)";
    }
}
