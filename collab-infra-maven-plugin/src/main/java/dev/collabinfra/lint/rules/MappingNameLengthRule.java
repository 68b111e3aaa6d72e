package dev.collabinfra.lint.rules;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E7002: mapping names are at most 255 characters. */
public final class MappingNameLengthRule implements Rule {

    private final NameRule delegate = NameRule.length("E7002", "Mappings", "mapping");

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
