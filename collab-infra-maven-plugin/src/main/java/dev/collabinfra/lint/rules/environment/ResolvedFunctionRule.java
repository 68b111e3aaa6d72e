package dev.collabinfra.lint.rules.environment;

import dev.collabinfra.lint.resolve.Problem;
import dev.collabinfra.lint.resolve.ResolvedDeployment;

/**
 * E9122: an intrinsic function fails with the environment's values: {@code !Select [2, !GetAZs '']}
 * in a region with two zones, an {@code Fn::FindInMap} key the mapping lacks for this environment,
 * an {@code Fn::Cidr} that does not fit the environment's block.
 */
public final class ResolvedFunctionRule implements EnvironmentRule {

    @Override
    public String id() {
        return "E9122";
    }

    @Override
    public String description() {
        return "An intrinsic function fails with the environment's values (Select past the end, missing FindInMap key, Cidr that does not fit)";
    }

    @Override
    public void check(ResolvedDeployment deployment, ResolvedFindings out) {
        for (Problem problem : deployment.problems()) {
            out.report(this, deployment.deployment().environment(), problem.stack(), problem.node(), problem.message(), problem.feeds());
        }
    }
}
