package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.MapNode;

/** E3007: a name is either a parameter or a resource, never both ({@code Ref} could not tell them apart). */
public final class UniqueNamesRule implements Rule {

    @Override
    public String id() {
        return "E3007";
    }

    @Override
    public String description() {
        return "Parameter and resource logical ids are unique across both sections";
    }

    @Override
    public void check(LintContext ctx) {
        MapNode parameters = ctx.template().parameters();
        for (MapNode.Entry resource : ctx.template().resources().entries()) {
            parameters.entry(resource.key()).ifPresent(parameter -> ctx.report(resource.keyPosition(),
                    "Resource '" + resource.key() + "' has the same name as the parameter at line "
                            + parameter.keyPosition().line() + "; rename one of them (Ref must name exactly one)"));
        }
    }
}
