package dev.collabinfra.lint.rules.schema;

/** E3002: Property names exist in the registry schema (for types the legacy specification lacks or has older) */
public final class SchemaPropertyNamesRule extends SchemaRule {

    @Override
    public String id() {
        return "E3002";
    }

    @Override
    public String description() {
        return "Property names exist in the registry schema (for types the legacy specification lacks or has older)";
    }
}
