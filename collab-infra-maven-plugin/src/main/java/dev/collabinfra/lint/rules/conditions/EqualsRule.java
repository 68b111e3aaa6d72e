package dev.collabinfra.lint.rules.conditions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.support.ShapeRule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.List;

/**
 * E8003: {@code Fn::Equals} compares exactly two values, each a string or a function that
 * CloudFormation can evaluate before it creates anything: Ref, FindInMap, Sub, Join, Select,
 * Split, Length or ToJsonString, not GetAtt, ImportValue, GetAZs, If, ...
 */
public final class EqualsRule extends ShapeRule {

    /** The functions an item of Fn::Equals may call (as cfn-lint's schema and CloudFormation's condition rules). */
    private static final List<String> ITEM_FUNCTIONS = List.of(
            "Ref", "Fn::FindInMap", "Fn::Sub", "Fn::Join", "Fn::Select", "Fn::Split", "Fn::Length", "Fn::ToJsonString");
    /** Functions of the Rules section, where Fn::Equals compares parameter values too. */
    private static final List<String> RULES_FUNCTIONS = List.of(
            "Fn::ValueOf", "Fn::ValueOfAll", "Fn::RefAll", "Fn::Contains", "Fn::EachMemberEquals", "Fn::EachMemberIn", "Fn::Transform");

    public EqualsRule() {
        super("E8003", "Fn::Equals", "[Value1, Value2]", 2);
    }

    @Override
    protected void checkItems(LintContext ctx, ListNode items) {
        for (Node item : items.items()) {
            String function = Intrinsics.functionName(item).orElse("");
            if (!function.isEmpty() && !ITEM_FUNCTIONS.contains(function) && !RULES_FUNCTIONS.contains(function)) {
                ctx.report(item, "Fn::Equals cannot compare " + what(item) + ": conditions are evaluated before any resource"
                        + " or import is read; use " + String.join(", ", ITEM_FUNCTIONS) + " (a parameter, mapping or pseudo parameter)");
            } else if (item instanceof MapNode && !isFunction(item)) {
                ctx.report(item, "Fn::Equals compares strings; a mapping cannot be compared. Use a string or a function such as Ref");
            } else if (isFunction(item) && dev.collabinfra.lint.rules.support.ValueKinds.of(ctx, item)
                    == dev.collabinfra.lint.rules.support.ValueKinds.Kind.LIST) {
                ctx.report(item, "Fn::Equals compares strings, but " + what(item) + " returns a list; compare one item"
                        + " (Fn::Select) or the joined list (Fn::Join [',', ...])");
            }
        }
    }
}
