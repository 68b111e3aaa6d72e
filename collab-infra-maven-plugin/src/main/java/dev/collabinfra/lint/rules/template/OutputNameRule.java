package dev.collabinfra.lint.rules.template;

/** E6004: output names are alphanumeric. */
public final class OutputNameRule extends DelegatingRule {

    public OutputNameRule() {
        super(NameRule.pattern("E6004", "Outputs", "output"));
    }
}
