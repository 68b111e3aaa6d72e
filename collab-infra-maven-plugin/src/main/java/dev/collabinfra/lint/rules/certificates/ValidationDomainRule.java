package dev.collabinfra.lint.rules.certificates;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.Locale;

/**
 * E3503: each of a certificate's DomainValidationOptions has a ValidationDomain that is its
 * DomainName or a domain above it (cfn-lint E3503); ACM sends the validation mail to that domain
 * and rejects one that is not a superdomain. Judged on literal values, each Fn::If branch alone.
 */
public final class ValidationDomainRule implements Rule {

    @Override
    public String id() {
        return "E3503";
    }

    @Override
    public String description() {
        return "ACM ValidationDomain is the DomainName or a superdomain of it";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::CertificateManager::Certificate")) {
            Node options = r.properties().get("DomainValidationOptions").orElse(null);
            for (Node option : options == null ? java.util.List.<Node>of() : Values.items(options)) {
                if (!(option instanceof MapNode o)) {
                    continue;
                }
                for (ScalarNode domain : Values.scalars(o, "DomainName")) {
                    for (ScalarNode validation : Values.scalars(o, "ValidationDomain")) {
                        String d = domain.value().toLowerCase(Locale.ROOT);
                        String v = validation.value().toLowerCase(Locale.ROOT);
                        if (!d.equals(v) && !d.endsWith("." + v)) {
                            ctx.report(domain, "Certificate '" + r.logicalId() + "': ValidationDomain '" + validation.value()
                                    + "' is not '" + domain.value() + "' or a domain above it; use the domain itself or a parent such as '"
                                    + parent(domain.value()) + "'");
                        }
                    }
                }
            }
        }
    }

    private static String parent(String domain) {
        int dot = domain.indexOf('.');
        return dot > 0 && domain.indexOf('.', dot + 1) > 0 ? domain.substring(dot + 1) : domain;
    }
}
