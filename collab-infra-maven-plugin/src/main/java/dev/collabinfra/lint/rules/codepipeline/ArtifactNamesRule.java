package dev.collabinfra.lint.rules.codepipeline;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.ScalarNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * E3701: each InputArtifacts name of a pipeline action is the OutputArtifacts name of an action
 * before it, and no two actions produce an artifact of the same name (cfn-lint E3701, in document
 * order as cfn-lint judges it). Judged on literal names; a pipeline with a name CloudFormation
 * computes is judged only on its literal ones, so an unknown input is not reported there.
 */
public final class ArtifactNamesRule implements Rule {

    @Override
    public String id() {
        return "E3701";
    }

    @Override
    public String description() {
        return "CodePipeline input artifacts are produced earlier; output artifact names are unique";
    }

    @Override
    public void check(LintContext ctx) {
        for (List<Pipelines.Action> actions : Pipelines.of(ctx)) {
            boolean allLiteral = actions.stream().allMatch(a -> literalNames(a, "OutputArtifacts"));
            Set<String> produced = new HashSet<>();
            for (Pipelines.Action a : actions) {
                if (allLiteral) {
                    for (ScalarNode in : Pipelines.artifactNames(a.node(), "InputArtifacts")) {
                        if (!produced.contains(in.value())) {
                            ctx.report(in, "Pipeline '" + a.pipeline() + "': input artifact '" + in.value()
                                    + "' is not the output artifact of an earlier action; name one an earlier action produces");
                        }
                    }
                }
                for (ScalarNode out : Pipelines.artifactNames(a.node(), "OutputArtifacts")) {
                    if (!produced.add(out.value())) {
                        ctx.report(out, "Pipeline '" + a.pipeline() + "': output artifact '" + out.value()
                                + "' is produced by an earlier action too; give each output artifact its own name");
                    }
                }
            }
        }
    }

    /**
     * True when no artifact of the list has a name CloudFormation computes (an item that is not a
     * map names nothing: a schema error reported by the schema rules).
     */
    private static boolean literalNames(Pipelines.Action a, String key) {
        Object list = a.node().get(key).orElse(null);
        if (list == null) {
            return true;
        }
        if (!(list instanceof dev.collabinfra.template.ListNode l)) {
            return false;
        }
        return l.items().stream().noneMatch(i -> i instanceof dev.collabinfra.template.MapNode m
                && (dev.collabinfra.template.Intrinsics.isFunction(m) || m.get("Name").filter(n -> !(n instanceof ScalarNode)).isPresent()));
    }
}
