package dev.collabinfra.lint.rules;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E3011: resource names are at most 255 characters. */
public final class ResourceNameLengthRule implements Rule {

    private final NameRule delegate = NameRule.length("E3011", "Resources", "resource");

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
