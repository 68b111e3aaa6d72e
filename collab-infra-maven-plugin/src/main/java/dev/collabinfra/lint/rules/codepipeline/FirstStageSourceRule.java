package dev.collabinfra.lint.rules.codepipeline;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;
import java.util.List;

/**
 * E3700: a pipeline's first stage holds only Source actions and no later stage holds one
 * (cfn-lint E3700); CodePipeline rejects the pipeline otherwise. Judged on literal categories.
 */
public final class FirstStageSourceRule implements Rule {

    @Override
    public String id() {
        return "E3700";
    }

    @Override
    public String description() {
        return "CodePipeline Source actions are in the first stage, and only there";
    }

    @Override
    public void check(LintContext ctx) {
        for (List<Pipelines.Action> actions : Pipelines.of(ctx)) {
            for (Pipelines.Action a : actions) {
                if (!(a.node().get("ActionTypeId").orElse(null) instanceof MapNode type)) {
                    continue;
                }
                for (ScalarNode category : Values.scalars(type, "Category")) {
                    boolean source = category.value().equals("Source");
                    if (a.stage() == 0 && !source) {
                        ctx.report(category, "Pipeline '" + a.pipeline() + "': the first stage may hold only Source actions, "
                                + "this one is '" + category.value() + "'; move it to a later stage");
                    } else if (a.stage() > 0 && source) {
                        ctx.report(category, "Pipeline '" + a.pipeline() + "': a Source action in stage " + (a.stage() + 1)
                                + "; Source actions belong in the first stage only");
                    }
                }
            }
        }
    }
}
