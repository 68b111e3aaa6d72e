package dev.collabinfra.environment;

import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.rules.certificates.CertificateRegionRule;
import dev.collabinfra.lint.rules.certificates.CertificateUsages;
import dev.collabinfra.lint.rules.certificates.CertificateUsages.Consumer;
import dev.collabinfra.lint.rules.certificates.CertificateUsages.Literal;
import dev.collabinfra.lint.rules.certificates.CertificateUsages.Parameter;
import dev.collabinfra.lint.rules.certificates.CertificateUsages.Usage;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.Optional;

/**
 * The environment half of E9111: with the environment known, a CloudFront certificate given by
 * the environment must be in us-east-1, and a load balancer certificate (literal, default or
 * environment value, through nested stacks; see {@link CertificateUsages} for the limits) must be in
 * the environment's region. Values the template rule already judges (CloudFront literals and
 * defaults) are not reported twice.
 */
final class CertificateCheck {

    private CertificateCheck() {}

    static void check(Environment env, Template main, LintServices services, EnvironmentValidator.Reporter r) {
        for (Usage usage : CertificateUsages.trace(main, services)) {
            String value;
            String key;
            boolean fromEnvironment = false;
            if (usage.origin() instanceof Parameter p && env.parameters().containsKey(p.name())) {
                value = env.parameters().get(p.name());
                key = "parameters." + p.name();
                fromEnvironment = true;
            } else if (usage.origin() instanceof Parameter p) {
                Optional<Node> def = main.parameters().getMap(p.name()).flatMap(m -> m.get("Default"));
                if (def.isEmpty() || !(def.get() instanceof ScalarNode s)) {
                    continue;
                }
                value = s.value();
                key = "region";
            } else {
                value = ((Literal) usage.origin()).node().value();
                key = "region";
            }
            Optional<String> certRegion = CertificateUsages.acmRegion(value);
            if (certRegion.isEmpty()) {
                continue;
            }
            String described = fromEnvironment ? "parameter '" + ((Parameter) usage.origin()).name() + "' = " + value : value;
            if (usage.consumer() == Consumer.CLOUDFRONT) {
                if (fromEnvironment && !certRegion.get().equals(CertificateRegionRule.CLOUDFRONT_REGION)) {
                    r.error("E9111", key, "CloudFront distribution " + usage.where() + " gets certificate " + described
                            + ", which is in " + certRegion.get() + "; CloudFront accepts only us-east-1 certificates:"
                            + " use the ARN of a certificate requested in us-east-1");
                }
            } else if (env.region().isPresent() && !certRegion.get().equals(env.region().get())) {
                String origin = fromEnvironment ? "" : usage.origin() instanceof Parameter p
                        ? " (the Default of parameter '" + p.name() + "')"
                        : " (written at " + ((Literal) usage.origin()).file().getFileName() + ":"
                                + ((Literal) usage.origin()).node().position().line() + ")";
                r.error("E9111", key, "Load balancer " + usage.where() + " gets certificate " + described + origin
                        + ", which is in " + certRegion.get() + ", but environment '" + env.name() + "' deploys to "
                        + env.region().get() + "; a load balancer needs a certificate from its own region: request or import"
                        + " one in " + env.region().get() + " and set its ARN"
                        + (usage.origin() instanceof Parameter p ? " in parameters." + p.name() : ""));
            }
        }
    }
}
