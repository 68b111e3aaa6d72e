package dev.collabinfra.lint.rules.template;

/** E2003: parameter names are alphanumeric. */
public final class ParameterNameRule extends DelegatingRule {

    public ParameterNameRule() {
        super(NameRule.pattern("E2003", "Parameters", "parameter"));
    }
}
