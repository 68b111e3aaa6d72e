package dev.collabinfra.lint.rules.ectwo;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Node;
import java.util.Optional;

/**
 * W3687: a security group rule for a protocol other than TCP, UDP or ICMP ({@code -1}, {@code 50},
 * {@code icmpv6}, ...) sets ports, which EC2 ignores (cfn-lint W3687).
 */
public final class SecurityGroupPortsIgnoredRule implements Rule {

    @Override
    public String id() {
        return "W3687";
    }

    @Override
    public String description() {
        return "Ports on a security group rule whose protocol has no ports are ignored";
    }

    @Override
    public void check(LintContext ctx) {
        for (SecurityGroupRules.Entry e : SecurityGroupRules.entries(ctx)) {
            e.protocol().filter(p -> !SecurityGroupRules.NOT_PORTLESS.contains(p.value())).ifPresent(p -> {
                Optional<Node> port = e.port("FromPort").or(() -> e.port("ToPort"));
                port.ifPresent(n -> ctx.report(n, "FromPort/ToPort of " + e.where() + " in '" + e.logicalId() + "' are ignored for IpProtocol '"
                        + p.value() + "', which has no ports; remove them"));
            });
        }
    }
}
