package dev.collabinfra.lint.rules.template;

/** E2010: at most 200 parameters per template. */
public final class ParameterLimitRule extends SectionLimitRule {

    public ParameterLimitRule() {
        super("E2010", "Parameters", "parameter", 200);
    }

    @Override
    String fix() {
        return "combine related values into a CommaDelimitedList or move them into Mappings or SSM parameters";
    }
}
