package dev.collabinfra.lint.rules.template;

/** E7002: mapping names are at most 255 characters. */
public final class MappingNameLengthRule extends DelegatingRule {

    public MappingNameLengthRule() {
        super(NameRule.length("E7002", "Mappings", "mapping"));
    }
}
