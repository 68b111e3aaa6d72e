package dev.collabinfra.lint.rules.iam;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/**
 * E3513: an ECR repository's RepositoryPolicyText follows the IAM policy grammar (cfn-lint E3513);
 * as the policy's resource is the repository itself, Resource may be left out.
 */
public final class EcrRepositoryPolicyRule implements Rule {

    @Override
    public String id() {
        return "E3513";
    }

    @Override
    public String description() {
        return "ECR repository policies follow the IAM policy grammar";
    }

    @Override
    public void check(LintContext ctx) {
        PolicyGrammar grammar = new PolicyGrammar(ctx::report);
        for (PolicyDocuments.Document doc : PolicyDocuments.all(ctx)) {
            if (doc.kind() == PolicyDocuments.Kind.ECR) {
                grammar.document(doc);
            }
        }
    }
}
