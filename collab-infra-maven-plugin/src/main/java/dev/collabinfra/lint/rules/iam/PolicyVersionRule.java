package dev.collabinfra.lint.rules.iam;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.ScalarNode;

/**
 * W2511: a policy document on the 2008-10-17 policy language (cfn-lint W2511), which lacks policy
 * variables such as {@code ${aws:username}}.
 */
public final class PolicyVersionRule implements Rule {

    @Override
    public String id() {
        return "W2511";
    }

    @Override
    public String description() {
        return "IAM policy documents use policy language version 2012-10-17";
    }

    @Override
    public void check(LintContext ctx) {
        for (PolicyDocuments.Document doc : PolicyDocuments.all(ctx)) {
            for (ScalarNode v : Values.scalars(doc.node(), "Version")) {
                if (v.value().equals("2008-10-17")) {
                    ctx.report(v, "'" + doc.logicalId() + "' " + doc.where() + " uses policy Version 2008-10-17; update it to"
                            + " '2012-10-17' (the older version has no policy variables)");
                }
            }
        }
    }
}
