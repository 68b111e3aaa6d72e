package dev.collabinfra.lint.rules.codepipeline;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The literal stages and actions of the CodePipeline pipelines of a template, in document order:
 * only a Stages list written out (not a Ref or an Fn::If around it), each stage's Actions list
 * likewise; items that are not maps are left out.
 */
final class Pipelines {

    /** One action: its pipeline, the stage's place (0 = first) and the action's map. */
    record Action(String pipeline, int stage, MapNode node) {}

    private Pipelines() {}

    /** Every pipeline's actions, pipeline by pipeline, stage by stage. */
    static List<List<Action>> of(LintContext ctx) {
        List<List<Action>> out = new ArrayList<>();
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::CodePipeline::Pipeline")) {
            if (!(r.properties().get("Stages").orElse(null) instanceof ListNode stages)) {
                continue;
            }
            List<Action> actions = new ArrayList<>();
            for (int s = 0; s < stages.size(); s++) {
                if (stages.get(s) instanceof MapNode stage && stage.get("Actions").orElse(null) instanceof ListNode list) {
                    for (Node a : list.items()) {
                        if (a instanceof MapNode action && !dev.collabinfra.template.Intrinsics.isFunction(action)) {
                            actions.add(new Action(r.logicalId(), s, action));
                        }
                    }
                }
            }
            out.add(actions);
        }
        return out;
    }

    /** The literal Name of each item of an artifact list (InputArtifacts, OutputArtifacts). */
    static List<ScalarNode> artifactNames(MapNode action, String key) {
        List<ScalarNode> names = new ArrayList<>();
        if (action.get(key).orElse(null) instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof MapNode m && m.get("Name").orElse(null) instanceof ScalarNode name) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
