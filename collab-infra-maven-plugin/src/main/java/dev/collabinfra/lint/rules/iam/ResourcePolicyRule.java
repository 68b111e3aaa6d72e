package dev.collabinfra.lint.rules.iam;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E3512: Resource policies (bucket, queue, topic, key, domain) follow the IAM policy grammar (cfn-lint E3512): Version, Statement, Effect, Action, Resource, Principal, Condition. */
public final class ResourcePolicyRule implements Rule {

    @Override
    public String id() {
        return "E3512";
    }

    @Override
    public String description() {
        return "Resource policies (bucket, queue, topic, key, domain) follow the IAM policy grammar";
    }

    @Override
    public void check(LintContext ctx) {
        PolicyGrammar grammar = new PolicyGrammar(ctx::report);
        for (PolicyDocuments.Document doc : PolicyDocuments.all(ctx)) {
            if (doc.kind() == PolicyDocuments.Kind.RESOURCE) {
                grammar.document(doc);
            }
        }
    }
}
