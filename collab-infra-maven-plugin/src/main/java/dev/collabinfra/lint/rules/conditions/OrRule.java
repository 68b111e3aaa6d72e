package dev.collabinfra.lint.rules.conditions;

/** E8006: {@code Fn::Or} takes 2 to 10 conditions. */
public final class OrRule extends ConditionShapeRule {

    public OrRule() {
        super("E8006", "Fn::Or", 2, 10);
    }
}
