package dev.collabinfra.lint.rules.template;

/** E3011: resource names are at most 255 characters. */
public final class ResourceNameLengthRule extends DelegatingRule {

    public ResourceNameLengthRule() {
        super(NameRule.length("E3011", "Resources", "resource"));
    }
}
