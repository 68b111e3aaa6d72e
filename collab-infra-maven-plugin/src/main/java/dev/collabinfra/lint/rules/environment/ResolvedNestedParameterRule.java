package dev.collabinfra.lint.rules.environment;

import dev.collabinfra.lint.resolve.PassedParameter;
import dev.collabinfra.lint.resolve.ResolvedDeployment;
import dev.collabinfra.lint.resolve.Value;
import dev.collabinfra.lint.rules.nested.ParameterConstraints;
import java.util.Optional;

/**
 * E9121: a value a parent passes to a nested stack, resolved with the environment's values (a
 * {@code !Join}, a {@code !Sub}, a parameter of the parent), breaks the child parameter's
 * {@code Type}, {@code AllowedValues}, {@code AllowedPattern}, {@code MinLength}/{@code MaxLength}
 * or {@code MinValue}/{@code MaxValue}: CloudFormation would fail the nested stack mid-deployment.
 * Literal values are E3902's.
 */
public final class ResolvedNestedParameterRule implements EnvironmentRule {

    @Override
    public String id() {
        return "E9121";
    }

    @Override
    public String description() {
        return "A value passed to a nested stack, resolved with the environment's values, breaks the child parameter's constraints";
    }

    @Override
    public void check(ResolvedDeployment deployment, ResolvedFindings out) {
        for (PassedParameter passed : deployment.passedParameters()) {
            if (!(passed.value() instanceof Value.Text text) || text.feeds().isEmpty()) {
                continue;
            }
            Optional<String> wrong = ParameterConstraints.violation(text.text(), passed.declaration());
            if (wrong.isEmpty()) {
                continue;
            }
            boolean hidden = text.secret() || passed.declaration().getString("NoEcho").map("true"::equalsIgnoreCase).orElse(false);
            String child = out.at(passed.child().file(), passed.declaration().position());
            String message = hidden
                    ? "nested stack " + passed.stackLogicalId() + " gets parameter " + passed.name() + " = (NoEcho value hidden),"
                            + " which breaks its Type, AllowedValues, AllowedPattern or bounds declared at " + child
                    : "nested stack " + passed.stackLogicalId() + " gets parameter " + passed.name() + " = '" + text.text()
                            + "', which the child rejects: " + wrong.get() + " (declared at " + child + ")";
            out.report(this, deployment.deployment().environment(), passed.parent(), passed.node(), message, text.feeds());
        }
    }
}
