package dev.collabinfra.lint.rules.template;

/** E6011: output names are at most 255 characters. */
public final class OutputNameLengthRule extends DelegatingRule {

    public OutputNameLengthRule() {
        super(NameRule.length("E6011", "Outputs", "output"));
    }
}
