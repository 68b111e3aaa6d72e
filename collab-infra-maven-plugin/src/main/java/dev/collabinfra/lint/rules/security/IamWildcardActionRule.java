package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/**
 * An identity policy that allows every action ({@code "*"} or {@code "*:*"}): administrator
 * rights. {@code "s3:*"} is left to the Resource check (W9203), since it is bounded to a service.
 */
public final class IamWildcardActionRule implements Rule {

    @Override
    public String id() {
        return "W9202";
    }

    @Override
    public String description() {
        return "IAM policy allows Action \"*\"";
    }

    @Override
    public void check(LintContext ctx) {
        for (PolicyStatements.Statement statement : PolicyStatements.allowStatements(ctx.template())) {
            for (PolicyStatements.ActionValue action : statement.actions()) {
                if (action.text().equals("*") || action.text().equals("*:*")) {
                    ctx.report(action.node(), "Policy in '" + statement.logicalId() + "' allows Action '" + action.text()
                            + "' (every action of every service); list the actions the workload calls"
                            + " (cfn-nag F3/F4/F5, checkov CKV_AWS_62/CKV_AWS_63)");
                }
            }
        }
    }
}
