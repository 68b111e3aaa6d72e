package dev.collabinfra.lint.rules.iam;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E3510: Identity policies (inline, AWS::IAM::Policy, ManagedPolicy) follow the IAM policy grammar (cfn-lint E3510): Version, Statement, Effect, Action, Resource, Principal, Condition. */
public final class IdentityPolicyRule implements Rule {

    @Override
    public String id() {
        return "E3510";
    }

    @Override
    public String description() {
        return "Identity policies (inline, AWS::IAM::Policy, ManagedPolicy) follow the IAM policy grammar";
    }

    @Override
    public void check(LintContext ctx) {
        PolicyGrammar grammar = new PolicyGrammar(ctx::report);
        for (PolicyDocuments.Document doc : PolicyDocuments.all(ctx)) {
            if (doc.kind() == PolicyDocuments.Kind.IDENTITY) {
                grammar.document(doc);
            }
        }
    }
}
