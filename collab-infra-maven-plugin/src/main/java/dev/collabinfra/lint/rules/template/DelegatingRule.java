package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/**
 * A rule class that is one configuration of a shared check ({@link NameRule}): each id keeps its
 * own class, as one rule one class wants, without repeating the plumbing.
 */
abstract class DelegatingRule implements Rule {

    private final Rule delegate;

    DelegatingRule(Rule delegate) {
        this.delegate = delegate;
    }

    @Override
    public final String id() {
        return delegate.id();
    }

    @Override
    public final String description() {
        return delegate.description();
    }

    @Override
    public final void check(LintContext ctx) {
        delegate.check(ctx);
    }
}
