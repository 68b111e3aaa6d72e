package dev.collabinfra.lint.rules.template;

/** E6010: at most 200 outputs per template. */
public final class OutputLimitRule extends SectionLimitRule {

    public OutputLimitRule() {
        super("E6010", "Outputs", "output", 200);
    }

    @Override
    String fix() {
        return "drop outputs nobody reads or split the stack";
    }
}
