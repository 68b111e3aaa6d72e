package dev.collabinfra.lint.rules.ectwo;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The security group rules of a template, inline ({@code SecurityGroupIngress}/{@code Egress} of
 * an {@code AWS::EC2::SecurityGroup}, each item and Fn::If branch) and standalone
 * ({@code AWS::EC2::SecurityGroupIngress}/{@code Egress}), for the protocol/port checks.
 */
final class SecurityGroupRules {

    /** One rule object, the resource holding it, and a readable place ("SecurityGroupIngress[1]"). */
    record Entry(String logicalId, String where, MapNode rule) {
        /** The literal protocol, when the protocol is one value whatever the conditions. */
        Optional<ScalarNode> protocol() {
            return rule.get("IpProtocol").flatMap(Values::literal);
        }

        Optional<Node> port(String key) {
            return rule.get(key).filter(n -> !Values.isNoValue(n));
        }
    }

    /** Protocols that take a port range (cfn-lint's list, as EC2 reads them). */
    static final Set<String> WITH_PORTS = Set.of("1", "icmp", "6", "tcp", "17", "udp");
    /** Protocols that are not "other protocols" whose ports EC2 ignores. */
    static final Set<String> NOT_PORTLESS = Set.of("1", "icmp", "6", "tcp", "17", "udp", "TCP", "UDP", "ICMP");

    private SecurityGroupRules() {}

    static List<Entry> entries(LintContext ctx) {
        List<Entry> out = new ArrayList<>();
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::EC2::SecurityGroup")) {
            for (String key : List.of("SecurityGroupIngress", "SecurityGroupEgress")) {
                r.properties().get(key).ifPresent(value -> {
                    int i = 0;
                    for (Node item : Values.items(value)) {
                        if (item instanceof MapNode map) {
                            out.add(new Entry(r.logicalId(), key + "[" + i + "]", map));
                        }
                        i++;
                    }
                });
            }
        }
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress")) {
            out.add(new Entry(r.logicalId(), "Properties", r.properties()));
        }
        return out;
    }

    /** True when the literal port is -1. */
    static boolean isAll(Node port) {
        return port instanceof ScalarNode s && s.value().equals("-1");
    }
}
