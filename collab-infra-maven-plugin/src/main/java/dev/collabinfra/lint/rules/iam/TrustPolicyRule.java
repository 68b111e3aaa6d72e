package dev.collabinfra.lint.rules.iam;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E3530: Role trust policies follow the IAM policy grammar (cfn-lint E3530): Version, Statement, Effect, Action, Resource, Principal, Condition. */
public final class TrustPolicyRule implements Rule {

    @Override
    public String id() {
        return "E3530";
    }

    @Override
    public String description() {
        return "Role trust policies follow the IAM policy grammar";
    }

    @Override
    public void check(LintContext ctx) {
        PolicyGrammar grammar = new PolicyGrammar(ctx::report);
        for (PolicyDocuments.Document doc : PolicyDocuments.all(ctx)) {
            if (doc.kind() == PolicyDocuments.Kind.TRUST) {
                grammar.document(doc);
            }
        }
    }
}
