package dev.collabinfra.lint.rules.cloudfront;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.regex.Pattern;

/**
 * E3013: each alias (CNAME) of a CloudFront distribution is a lower-case domain name, optionally
 * with a leading {@code *.} wildcard, and no wildcard in the middle (cfn-lint E3013).
 */
public final class DistributionAliasesRule implements Rule {

    private static final Pattern DOMAIN = Pattern.compile("^(?:[a-z0-9\\*](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$");

    @Override
    public String id() {
        return "E3013";
    }

    @Override
    public String description() {
        return "CloudFront distribution aliases are valid domain names";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::CloudFront::Distribution")) {
            for (Node config : Values.candidates(r.properties().get("DistributionConfig").orElse(MapNode.empty(r.at())))) {
                if (!(config instanceof MapNode map)) {
                    continue;
                }
                map.get("Aliases").ifPresent(aliases -> {
                    for (Node item : Values.items(aliases)) {
                        if (item instanceof ScalarNode alias && !alias.value().startsWith("{{resolve:")) {
                            check(ctx, r.logicalId(), alias);
                        }
                    }
                });
            }
        }
    }

    private static void check(LintContext ctx, String id, ScalarNode alias) {
        String v = alias.value();
        String why = null;
        if (v.contains(".*.")) {
            why = "has a wildcard inside the name; only a leading '*.' is allowed";
        } else if (!DOMAIN.matcher(v).matches()) {
            String lower = v.toLowerCase(java.util.Locale.ROOT);
            why = !lower.equals(v) && DOMAIN.matcher(lower).matches() ? "has upper-case letters; write '" + lower + "'"
                    : "is not a domain name (labels of letters, digits and '-', separated by dots, e.g. 'www.example.com')";
        }
        if (why != null) {
            ctx.report(alias, "Alias '" + v + "' of distribution '" + id + "' " + why);
        }
    }
}
