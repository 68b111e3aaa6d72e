package dev.collabinfra.lint.rules;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E2003: parameter names are alphanumeric. */
public final class ParameterNameRule implements Rule {

    private final NameRule delegate = NameRule.pattern("E2003", "Parameters", "parameter");

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public void check(LintContext ctx) {
        delegate.check(ctx);
    }
}
