package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.Optional;

/**
 * Security group ingress open to the whole internet (0.0.0.0/0 or ::/0) on anything but the web
 * ports 80 and 443: SSH, databases and "all traffic" rules belong behind a narrower CIDR or a
 * source security group. ICMP is not flagged (it carries no port, and path-MTU discovery needs it).
 * Values given by functions (a CIDR parameter) are not decided here.
 */
public final class OpenIngressRule implements Rule {

    @Override
    public String id() {
        return "W9201";
    }

    @Override
    public String description() {
        return "Security group ingress from 0.0.0.0/0 or ::/0 on ports other than 80 and 443";
    }

    @Override
    public void check(LintContext ctx) {
        for (Resource group : Resources.ofType(ctx.template(), "AWS::EC2::SecurityGroup")) {
            group.properties().get("SecurityGroupIngress").ifPresent(rules -> {
                for (Node rule : Resources.items(rules)) {
                    if (rule instanceof MapNode map && !Resources.isFunction(map)) {
                        check(ctx, group.logicalId(), map);
                    }
                }
            });
        }
        for (Resource ingress : Resources.ofType(ctx.template(), "AWS::EC2::SecurityGroupIngress")) {
            check(ctx, ingress.logicalId(), ingress.properties());
        }
    }

    private void check(LintContext ctx, String logicalId, MapNode rule) {
        Optional<Node> cidr = rule.get("CidrIp").filter(n -> Resources.literal(n).filter("0.0.0.0/0"::equals).isPresent())
                .or(() -> rule.get("CidrIpv6").filter(n -> Resources.literal(n).filter(v -> v.equals("::/0") || v.equals("::0/0")).isPresent()));
        if (cidr.isEmpty()) {
            return;
        }
        Optional<String> protocol = Resources.literal(rule, "IpProtocol").map(p -> p.toLowerCase(java.util.Locale.ROOT));
        if (protocol.isEmpty()) {
            return;
        }
        String open = Resources.literal(cidr.get()).orElseThrow();
        String where = "Security group rule in '" + logicalId + "' allows ";
        String fix = "; limit the source to a known CIDR or a source security group (cfn-nag W2/W9, checkov CKV_AWS_24/CKV_AWS_25/CKV_AWS_260)";
        switch (protocol.get()) {
            case "icmp", "1", "icmpv6", "58" -> { }
            case "-1", "all" -> ctx.report(cidr.get(), where + "all traffic from " + open + fix);
            case "tcp", "6", "udp", "17" -> {
                Optional<Integer> from = Resources.literal(rule, "FromPort").flatMap(OpenIngressRule::port);
                Optional<Integer> to = Resources.literal(rule, "ToPort").flatMap(OpenIngressRule::port);
                if (from.isEmpty() || to.isEmpty()) {
                    return; // a function or a missing port: the specification rules say more
                }
                int low = from.get();
                int high = to.get();
                if (low == -1 || high == -1) {
                    ctx.report(cidr.get(), where + "every port from " + open + fix);
                } else if (!(low == high && (low == 80 || low == 443))) {
                    String ports = low == high ? "port " + low : "ports " + low + "-" + high;
                    ctx.report(cidr.get(), where + protocol.get() + " " + ports + " from " + open
                            + " (only 80 and 443 are expected to face the internet)" + fix);
                }
            }
            default -> ctx.report(cidr.get(), where + "protocol " + protocol.get() + " from " + open + fix);
        }
    }

    private static Optional<Integer> port(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
