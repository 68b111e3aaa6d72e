package dev.collabinfra.lint.rules.schema;

/**
 * One of cfn-lint's stricter extension schemas (shipped with the registry schemas under cfn-lint's
 * id, e.g. E3045 S3 AccessControl needs OwnershipControls): one instance per id, each reporting the
 * violations of its extension schemas.
 */
public final class ExtensionRule extends SchemaRule {

    private final String id;
    private final String description;

    ExtensionRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }
}
