package dev.collabinfra.lint.rules.conditions;

/** E8004: {@code Fn::And} takes 2 to 10 conditions. */
public final class AndRule extends ConditionShapeRule {

    public AndRule() {
        super("E8004", "Fn::And", 2, 10);
    }
}
