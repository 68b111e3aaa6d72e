package dev.collabinfra.lint.rules.schema;

/** W9301: Properties the resource provider marks deprecated are not used */
public final class DeprecatedPropertyRule extends SchemaRule {

    @Override
    public String id() {
        return "W9301";
    }

    @Override
    public String description() {
        return "Properties the resource provider marks deprecated are not used";
    }
}
