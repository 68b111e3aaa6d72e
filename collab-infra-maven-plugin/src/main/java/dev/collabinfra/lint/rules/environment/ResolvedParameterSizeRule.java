package dev.collabinfra.lint.rules.environment;

import dev.collabinfra.lint.resolve.PassedParameter;
import dev.collabinfra.lint.resolve.ResolvedDeployment;
import dev.collabinfra.lint.resolve.Value;
import java.nio.charset.StandardCharsets;

/**
 * E9123: a CloudFormation limit broken by a resolved value: a nested stack parameter value over
 * 4,096 bytes (a {@code !Join} of many ids grows with the environment).
 */
public final class ResolvedParameterSizeRule implements EnvironmentRule {

    /** CloudFormation's limit on one parameter value. */
    static final int MAX_BYTES = 4096;

    @Override
    public String id() {
        return "E9123";
    }

    @Override
    public String description() {
        return "A value resolved with the environment's values breaks a CloudFormation limit (parameter values up to 4,096 bytes)";
    }

    @Override
    public void check(ResolvedDeployment deployment, ResolvedFindings out) {
        for (PassedParameter passed : deployment.passedParameters()) {
            if (!(passed.value() instanceof Value.Text text) || text.feeds().isEmpty()) {
                continue;
            }
            int bytes = text.text().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_BYTES) {
                out.report(this, deployment.deployment().environment(), passed.parent(), passed.node(), "nested stack "
                        + passed.stackLogicalId() + " gets parameter " + passed.name() + " of " + bytes + " bytes; CloudFormation"
                        + " accepts parameter values of at most " + MAX_BYTES + " bytes: pass less (an SSM parameter or an S3 object)",
                        text.feeds());
            }
        }
    }
}
