package dev.collabinfra.lint.rules.ectwo;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E3687: a TCP, UDP or ICMP security group rule sets both FromPort and ToPort (cfn-lint E3687). */
public final class SecurityGroupPortsRequiredRule implements Rule {

    @Override
    public String id() {
        return "E3687";
    }

    @Override
    public String description() {
        return "A tcp, udp or icmp security group rule sets FromPort and ToPort";
    }

    @Override
    public void check(LintContext ctx) {
        for (SecurityGroupRules.Entry e : SecurityGroupRules.entries(ctx)) {
            e.protocol().filter(p -> SecurityGroupRules.WITH_PORTS.contains(p.value())).ifPresent(p -> {
                java.util.List<String> missing = java.util.stream.Stream.of("FromPort", "ToPort").filter(k -> e.port(k).isEmpty()).toList();
                if (!missing.isEmpty()) {
                    ctx.report(e.rule(), e.where() + " of '" + e.logicalId() + "' uses IpProtocol '" + p.value()
                            + "' but sets no " + String.join(" or ", missing) + "; set FromPort and ToPort (-1 for all "
                            + (p.value().equals("icmp") || p.value().equals("1") ? "ICMP types" : "ports") + ")");
                }
            });
        }
    }
}
