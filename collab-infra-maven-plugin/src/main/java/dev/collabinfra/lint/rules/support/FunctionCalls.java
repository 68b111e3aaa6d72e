package dev.collabinfra.lint.rules.support;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateWalker;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every one-key mapping of a template (the shape of an intrinsic function call, {@code {Ref: X}},
 * {@code {Fn::Sub: ...}}), grouped by its key, in source order, with where it sits. Built by one
 * walk of the template for all function rules: fifteen rules that each walked the whole tree to
 * find their function were a quarter of the lint time of a large template.
 */
public final class FunctionCalls {

    /** One call: the one-key mapping and its path. */
    public record Call(MapNode call, NodePath path) {}

    private final Map<String, List<Call>> byKey;

    private FunctionCalls(Map<String, List<Call>> byKey) {
        this.byKey = byKey;
    }

    /** The calls of the context's template, computed by the first rule that asks. */
    public static FunctionCalls of(LintContext ctx) {
        return ctx.shared(FunctionCalls.class, () -> index(ctx.template().root()));
    }

    /** The calls under {@code root}, nested calls included, in the order a depth-first walk meets them. */
    static FunctionCalls index(Node root) {
        Map<String, List<Call>> byKey = new HashMap<>();
        TemplateWalker.walk(root, (node, path) -> {
            if (node instanceof MapNode map && map.size() == 1) {
                byKey.computeIfAbsent(map.entries().get(0).key(), k -> new ArrayList<>()).add(new Call(map, path));
            }
            return true;
        });
        return new FunctionCalls(byKey);
    }

    /** The one-key mappings whose key is {@code function} (e.g. {@code Fn::GetAtt}), in source order. */
    public List<Call> of(String function) {
        return byKey.getOrDefault(function, List.of());
    }
}
