package dev.collabinfra.lint.rules;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E6011: output names are at most 255 characters. */
public final class OutputNameLengthRule implements Rule {

    private final NameRule delegate = NameRule.length("E6011", "Outputs", "output");

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
