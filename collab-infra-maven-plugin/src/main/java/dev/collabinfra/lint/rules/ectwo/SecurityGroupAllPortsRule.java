package dev.collabinfra.lint.rules.ectwo;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Node;
import java.util.Optional;

/**
 * E3688: -1 ("all") on one end of a port range needs -1 on the other (cfn-lint E3688); for ICMP,
 * FromPort -1 (all types) needs ToPort -1 (all codes).
 */
public final class SecurityGroupAllPortsRule implements Rule {

    @Override
    public String id() {
        return "E3688";
    }

    @Override
    public String description() {
        return "A security group port range with -1 on one end has -1 on the other";
    }

    @Override
    public void check(LintContext ctx) {
        for (SecurityGroupRules.Entry e : SecurityGroupRules.entries(ctx)) {
            boolean icmp = e.protocol().filter(p -> p.value().equals("1") || p.value().equals("icmp")).isPresent();
            Optional<Node> from = e.port("FromPort");
            Optional<Node> to = e.port("ToPort");
            boolean fromAll = from.filter(SecurityGroupRules::isAll).isPresent();
            boolean toAll = to.filter(SecurityGroupRules::isAll).isPresent();
            if (fromAll && !toAll && (to.isEmpty() || to.get() instanceof dev.collabinfra.template.ScalarNode)) {
                ctx.report(to.orElse(from.get()), e.where() + " of '" + e.logicalId() + "' has FromPort -1 but ToPort "
                        + to.map(n -> ((dev.collabinfra.template.ScalarNode) n).value()).orElse("missing")
                        + "; set ToPort to -1 as well" + (icmp ? " (all ICMP codes)" : ""));
            } else if (!icmp && toAll && !fromAll && (from.isEmpty() || from.get() instanceof dev.collabinfra.template.ScalarNode)) {
                ctx.report(from.orElse(to.get()), e.where() + " of '" + e.logicalId() + "' has ToPort -1 but FromPort "
                        + from.map(n -> ((dev.collabinfra.template.ScalarNode) n).value()).orElse("missing")
                        + "; set FromPort to -1 as well");
            }
        }
    }
}
