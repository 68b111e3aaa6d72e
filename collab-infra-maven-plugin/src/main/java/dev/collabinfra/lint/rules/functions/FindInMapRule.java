package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;

/**
 * E1011: {@code Fn::FindInMap} is {@code [MapName, TopLevelKey, SecondLevelKey]} (plus a
 * {@code {DefaultValue: ...}} under AWS::LanguageExtensions), and literal names exist: the
 * mapping, its top-level key, and the second-level key under it.
 */
public final class FindInMapRule extends FunctionRule {

    public FindInMapRule() {
        super("E1011", "Fn::FindInMap");
    }

    @Override
    public String description() {
        return "Fn::FindInMap has three arguments and names an existing mapping and keys";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        boolean extensions = facts.hasTransform(TemplateFacts.LANGUAGE_EXTENSIONS);
        if (!(argument instanceof ListNode list) || list.size() < 3 || list.size() > 4) {
            ctx.report(argument, "Fn::FindInMap takes [MapName, TopLevelKey, SecondLevelKey], not " + what(argument)
                    + (argument instanceof ListNode l ? " of " + l.size() + (l.size() == 1 ? " item" : " items") : ""));
            return;
        }
        if (list.size() == 4 && (!extensions || !(list.get(3) instanceof MapNode d) || !d.containsKey("DefaultValue"))) {
            ctx.report(list.get(3), extensions ? "The fourth item of Fn::FindInMap must be {DefaultValue: value}"
                    : "A fourth (default value) item in Fn::FindInMap needs 'Transform: AWS::LanguageExtensions'; add it or drop the item");
        }
        for (int i = 0; i < 3; i++) {
            if (!isStringish(list.get(i))) {
                ctx.report(list.get(i), "Each key of Fn::FindInMap must be a string or a function, not " + what(list.get(i)));
                return;
            }
            String inner = dev.collabinfra.template.Intrinsics.functionName(list.get(i)).orElse(null);
            if (!extensions && inner != null && !inner.equals("Ref") && !inner.equals("Fn::FindInMap")) {
                ctx.report(list.get(i), "Fn::FindInMap accepts only Ref and Fn::FindInMap inside it, not " + what(list.get(i))
                        + "; look the key up with a Ref to a parameter or pseudo parameter");
                return;
            }
        }
        if (!(list.get(0) instanceof ScalarNode mapName) || facts.declaredNamesMayBeGenerated()) {
            return;
        }
        MapNode mapping = ctx.template().mappings().getMap(mapName.value()).orElse(null);
        if (mapping == null) {
            ctx.report(mapName, "Mapping '" + mapName.value() + "' does not exist"
                    + Suggestions.closest(mapName.value(), facts.mappings()).map(s -> "; did you mean '" + s + "'?")
                            .orElse("; declare it under Mappings"));
            return;
        }
        boolean hasDefault = list.size() == 4;
        if (list.get(1) instanceof ScalarNode top) {
            MapNode second = mapping.getMap(top.value()).orElse(null);
            if (second == null && mapping.containsKey(top.value())) {
                return; // a malformed mapping is E7001's finding
            }
            if (second == null) {
                if (!hasDefault) {
                    ctx.report(top, "Mapping '" + mapName.value() + "' has no key '" + top.value() + "'"
                            + Suggestions.closest(top.value(), mapping.keys()).map(s -> "; did you mean '" + s + "'?")
                                    .orElse("; keys are " + String.join(", ", mapping.keys())));
                }
                return;
            }
            if (list.get(2) instanceof ScalarNode key && !second.containsKey(key.value()) && !hasDefault) {
                ctx.report(key, "Mapping '" + mapName.value() + "' has no key '" + key.value() + "' under '" + top.value() + "'"
                        + Suggestions.closest(key.value(), second.keys()).map(s -> "; did you mean '" + s + "'?")
                                .orElse("; keys there are " + String.join(", ", second.keys())));
            }
        } else if (list.get(2) instanceof ScalarNode key && !hasDefault) {
            boolean anywhere = mapping.entries().stream()
                    .anyMatch(e -> e.value() instanceof MapNode m && m.containsKey(key.value()));
            if (!anywhere) {
                ctx.report(key, "No top-level key of mapping '" + mapName.value() + "' has a second-level key '" + key.value()
                        + "'; check the spelling against the mapping");
            }
        }
    }
}
