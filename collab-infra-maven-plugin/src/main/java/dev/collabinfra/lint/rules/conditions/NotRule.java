package dev.collabinfra.lint.rules.conditions;

/** E8005: {@code Fn::Not} takes a list of exactly one condition. */
public final class NotRule extends ConditionShapeRule {

    public NotRule() {
        super("E8005", "Fn::Not", 1, 1);
    }
}
