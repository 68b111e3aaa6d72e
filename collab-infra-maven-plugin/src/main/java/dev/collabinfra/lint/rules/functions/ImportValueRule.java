package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.References;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.List;

/**
 * E1016: {@code Fn::ImportValue} takes an export name (a string or a function building one), and
 * the name cannot depend on a resource of this stack (CloudFormation resolves it before any resource exists);
 * the functions that may build it are Base64, FindInMap, If, Join, Select, Sub and Ref (not another ImportValue).
 */
public final class ImportValueRule extends FunctionRule {

    /** The functions CloudFormation accepts as the argument of Fn::ImportValue (its documented list). */
    private static final List<String> ARGUMENT_FUNCTIONS = List.of(
            "Fn::Base64", "Fn::FindInMap", "Fn::If", "Fn::Join", "Fn::Select", "Fn::Sub", "Ref");

    public ImportValueRule() {
        super("E1016", "Fn::ImportValue");
    }

    @Override
    public String description() {
        return "Fn::ImportValue takes an export name that does not depend on this stack's resources";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (!isStringish(argument)) {
            ctx.report(argument, "Fn::ImportValue takes the export name as a string or a function that builds one, not " + what(argument));
            return;
        }
        String inner = Intrinsics.functionName(argument).orElse(null);
        if (inner != null && !inner.equals("Fn::Transform") && !ARGUMENT_FUNCTIONS.contains(inner)) {
            ctx.report(argument, "Fn::ImportValue cannot take " + what(argument) + "; build the export name with "
                    + String.join(", ", ARGUMENT_FUNCTIONS) + " (CloudFormation resolves it before the stack's resources exist)");
            return;
        }
        for (References.Reference ref : References.collect(argument, path)) {
            if (facts.resources().contains(ref.target())) {
                ctx.report(ref.node(), "The export name in Fn::ImportValue uses resource '" + ref.target()
                        + "'; it may use only parameters, mappings and pseudo parameters");
                return;
            }
        }
    }
}
