package dev.collabinfra.lint.rules.parameters;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;

/**
 * E2002: a parameter's Type is one CloudFormation knows: String, Number, {@code List<Number>},
 * CommaDelimitedList, an AWS-specific type (and its {@code List<>}), or an SSM parameter type.
 */
public final class ParameterTypeRule implements Rule {

    @Override
    public String id() {
        return "E2002";
    }

    @Override
    public String description() {
        return "Parameter Type is a valid CloudFormation parameter type";
    }

    @Override
    public void check(LintContext ctx) {
        for (MapNode.Entry entry : ctx.template().parameters().entries()) {
            if (!(entry.value() instanceof MapNode parameter)) {
                continue;
            }
            parameter.get("Type").ifPresent(type -> {
                if (!(type instanceof ScalarNode scalar)) {
                    ctx.report(type, "Type of parameter '" + entry.key() + "' must be a type name such as 'String'");
                } else if (!ParameterTypes.isValid(scalar.value())) {
                    ctx.report(type, "Parameter '" + entry.key() + "' has unknown Type '" + scalar.value() + "'"
                            + Suggestions.closest(scalar.value(), ParameterTypes.all()).map(s -> "; did you mean '" + s + "'?")
                                    .orElse("; use String, Number, List<Number>, List<String>, CommaDelimitedList, an AWS-specific type"
                                            + " such as AWS::EC2::VPC::Id, or AWS::SSM::Parameter::Value<String>"));
                }
            });
        }
    }
}
