package dev.collabinfra.lint.rules.template;

/** E2011: parameter names are at most 255 characters. */
public final class ParameterNameLengthRule extends DelegatingRule {

    public ParameterNameLengthRule() {
        super(NameRule.length("E2011", "Parameters", "parameter"));
    }
}
