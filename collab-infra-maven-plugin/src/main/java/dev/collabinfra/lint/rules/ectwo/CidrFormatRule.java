package dev.collabinfra.lint.rules.ectwo;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * E1103 for network values: a CIDR property of an EC2 (or VPN) resource must be an IPv4 or IPv6
 * network with no host bits set, as EC2 rejects {@code 10.0.0.1/16} and {@code 192.168.1.0/0}.
 * cfn-lint reports these as E1103 ({@code ipv4-network}/{@code ipv6-network} formats).
 */
public final class CidrFormatRule implements Rule {

    /** A CIDR property: its path under Properties ({@code *} for each list item) and whether it is IPv6 (null: either). */
    private record Property(String path, Boolean ipv6) {}

    private static final Map<String, List<Property>> PROPERTIES = Map.ofEntries(
            Map.entry("AWS::EC2::SecurityGroup", List.of(new Property("SecurityGroupIngress.*.CidrIp", false),
                    new Property("SecurityGroupIngress.*.CidrIpv6", true), new Property("SecurityGroupEgress.*.CidrIp", false),
                    new Property("SecurityGroupEgress.*.CidrIpv6", true))),
            Map.entry("AWS::EC2::SecurityGroupIngress", List.of(new Property("CidrIp", false), new Property("CidrIpv6", true))),
            Map.entry("AWS::EC2::SecurityGroupEgress", List.of(new Property("CidrIp", false), new Property("CidrIpv6", true))),
            Map.entry("AWS::EC2::VPC", List.of(new Property("CidrBlock", false))),
            Map.entry("AWS::EC2::Subnet", List.of(new Property("CidrBlock", false), new Property("Ipv6CidrBlock", true))),
            Map.entry("AWS::EC2::VPCCidrBlock", List.of(new Property("CidrBlock", false), new Property("Ipv6CidrBlock", true))),
            Map.entry("AWS::EC2::Route", List.of(new Property("DestinationCidrBlock", false),
                    new Property("DestinationIpv6CidrBlock", true))),
            Map.entry("AWS::EC2::NetworkAclEntry", List.of(new Property("CidrBlock", false), new Property("Ipv6CidrBlock", true))),
            Map.entry("AWS::EC2::ClientVpnEndpoint", List.of(new Property("ClientCidrBlock", false))),
            Map.entry("AWS::EC2::ClientVpnRoute", List.of(new Property("DestinationCidrBlock", false))),
            Map.entry("AWS::EC2::ClientVpnAuthorizationRule", List.of(new Property("TargetNetworkCidr", false))),
            Map.entry("AWS::EC2::TransitGatewayRoute", List.of(new Property("DestinationCidrBlock", null))),
            Map.entry("AWS::EC2::VPNConnectionRoute", List.of(new Property("DestinationCidrBlock", false))),
            Map.entry("AWS::EC2::PrefixList", List.of(new Property("Entries.*.Cidr", null))));

    @Override
    public String id() {
        return "E1103";
    }

    @Override
    public String description() {
        return "CIDR values of EC2 networking resources are valid networks with no host bits set";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, PROPERTIES.keySet().toArray(String[]::new))) {
            for (Property p : PROPERTIES.get(r.type())) {
                visit(ctx, r, r.properties(), p.path().split("\\."), 0, "", p.ipv6());
            }
        }
    }

    private static void visit(LintContext ctx, ServiceScope.Resource r, Node node, String[] path, int i, String shown, Boolean ipv6) {
        if (i == path.length) {
            for (ScalarNode value : Values.scalars(node)) {
                boolean v6 = ipv6 != null ? ipv6 : value.value().contains(":");
                Optional<String> problem = Cidr.problem(value.value(), v6);
                problem.ifPresent(p -> ctx.report(value, shown + " '" + value.value() + "' of '" + r.logicalId()
                        + "' is not a valid IPv" + (v6 ? "6" : "4") + " network: it " + p));
            }
            return;
        }
        for (Node candidate : Values.candidates(node)) {
            if (path[i].equals("*")) {
                for (Node item : Values.items(candidate)) {
                    visit(ctx, r, item, path, i + 1, shown, ipv6);
                }
            } else if (candidate instanceof MapNode map) {
                Optional<Node> child = map.get(path[i]);
                if (child.isPresent()) {
                    visit(ctx, r, child.get(), path, i + 1, shown.isEmpty() ? path[i] : shown + "." + path[i], ipv6);
                }
            }
        }
    }
}
