package dev.collabinfra.lint.rules;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E6004: output names are alphanumeric. */
public final class OutputNameRule implements Rule {

    private final NameRule delegate = NameRule.pattern("E6004", "Outputs", "output");

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
