package dev.collabinfra.lint.rules.codepipeline;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * E3703: a pipeline action's {@code Configuration.TemplatePath} ({@code Artifact::path}) names one
 * of the action's own InputArtifacts (cfn-lint E3703); the action cannot read any other artifact.
 * Judged when TemplatePath and every input name are literal.
 */
public final class TemplatePathArtifactRule implements Rule {

    @Override
    public String id() {
        return "E3703";
    }

    @Override
    public String description() {
        return "CodePipeline TemplatePath names one of the action's input artifacts";
    }

    @Override
    public void check(LintContext ctx) {
        for (List<Pipelines.Action> actions : Pipelines.of(ctx)) {
            for (Pipelines.Action a : actions) {
                if (!(a.node().get("Configuration").orElse(null) instanceof MapNode config)
                        || !(config.get("TemplatePath").orElse(null) instanceof ScalarNode path)) {
                    continue;
                }
                int declared = a.node().get("InputArtifacts").orElse(null) instanceof dev.collabinfra.template.ListNode l ? l.size() : 0;
                List<String> inputs = Pipelines.artifactNames(a.node(), "InputArtifacts").stream().map(ScalarNode::value)
                        .collect(Collectors.toList());
                if (inputs.size() != declared || inputs.stream().anyMatch(n -> path.value().startsWith(n + "::"))) {
                    continue;
                }
                String artifact = path.value().contains("::") ? path.value().substring(0, path.value().indexOf("::")) : path.value();
                ctx.report(path, "Pipeline '" + a.pipeline() + "': TemplatePath '" + path.value() + "' reads artifact '" + artifact
                        + "', which is not an input artifact of this action (inputs: " + String.join(", ", inputs)
                        + "); add it to InputArtifacts or use 'InputName::path'");
            }
        }
    }
}
