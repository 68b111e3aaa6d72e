package dev.collabinfra.lint.rules;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E2011: parameter names are at most 255 characters. */
public final class ParameterNameLengthRule implements Rule {

    private final NameRule delegate = NameRule.length("E2011", "Parameters", "parameter");

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
