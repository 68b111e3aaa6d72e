package dev.collabinfra.lint.rules.ectwo;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The literal networks of a template's VPCs and subnets, shared by E3059 (subnet outside its VPC)
 * and E3060 (subnets of one VPC overlap). Only literal CIDRs count: a subnet whose CIDR is computed
 * ({@code Fn::Cidr}, a parameter) or a VPC with IPAM or Amazon-provided ranges is not judged.
 */
final class Subnets {

    /** A subnet's literal network, its VPC's logical id and its resource Condition (may be null). */
    record Subnet(String logicalId, String vpc, ScalarNode cidrNode, Cidr cidr, String condition, dev.collabinfra.template.Position propertiesAt) {}

    /** A VPC's literal IPv4 and IPv6 networks; {@code dynamic} when some range is not literal. */
    record Vpc(List<Cidr> ipv4, List<Cidr> ipv6, boolean dynamic) {}

    private Subnets() {}

    /** The logical id of the VPC a VpcId names ({@code Ref} or {@code GetAtt X.VpcId}), or empty. */
    static Optional<String> vpcOf(MapNode properties) {
        Optional<Node> id = properties.get("VpcId");
        if (id.isEmpty() || !(id.get() instanceof MapNode map) || map.size() != 1) {
            return Optional.empty();
        }
        if (map.get("Ref").orElse(null) instanceof ScalarNode ref) {
            return Optional.of(ref.value());
        }
        Node getAtt = map.get("Fn::GetAtt").orElse(null);
        if (getAtt instanceof ListNode list && list.size() == 2 && list.get(0) instanceof ScalarNode s) {
            return Optional.of(s.value());
        }
        if (getAtt instanceof ScalarNode s && s.value().contains(".")) {
            return Optional.of(s.value().substring(0, s.value().indexOf('.')));
        }
        return Optional.empty();
    }

    static List<Subnet> subnets(LintContext ctx) {
        List<Subnet> out = new ArrayList<>();
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::EC2::Subnet")) {
            Optional<String> vpc = vpcOf(r.properties());
            if (vpc.isEmpty()) {
                continue;
            }
            String condition = r.node().getString("Condition").orElse(null);
            dev.collabinfra.template.Position propertiesAt = r.node().entry("Properties").map(MapNode.Entry::keyPosition).orElse(r.at());
            for (String key : List.of("CidrBlock", "Ipv6CidrBlock")) {
                if (r.properties().get(key).orElse(null) instanceof ScalarNode s) {
                    Cidr.parse(s.value()).ifPresent(c -> out.add(new Subnet(r.logicalId(), vpc.get(), s, c, condition, propertiesAt)));
                }
            }
        }
        return out;
    }

    static Map<String, Vpc> vpcs(LintContext ctx) {
        Map<String, List<Cidr>> v4 = new LinkedHashMap<>();
        Map<String, List<Cidr>> v6 = new LinkedHashMap<>();
        Map<String, Boolean> dynamic = new LinkedHashMap<>();
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::EC2::VPC")) {
            v4.put(r.logicalId(), new ArrayList<>());
            v6.put(r.logicalId(), new ArrayList<>());
            dynamic.put(r.logicalId(), !add(r.properties(), v4.get(r.logicalId()), v6.get(r.logicalId())));
        }
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::EC2::VPCCidrBlock")) {
            vpcOf(r.properties()).filter(v4::containsKey).ifPresent(vpc -> {
                if (!add(r.properties(), v4.get(vpc), v6.get(vpc)) || r.node().containsKey("Condition")) {
                    dynamic.put(vpc, true);
                }
            });
        }
        Map<String, Vpc> out = new LinkedHashMap<>();
        for (String id : v4.keySet()) {
            out.put(id, new Vpc(v4.get(id), v6.get(id), dynamic.get(id)));
        }
        return out;
    }

    /** Adds the literal ranges of a VPC or VPCCidrBlock; false when some range is not literal. */
    private static boolean add(MapNode properties, List<Cidr> v4, List<Cidr> v6) {
        boolean literal = true;
        for (String key : List.of("Ipv4IpamPoolId", "Ipv6IpamPoolId", "Ipv6Pool", "AmazonProvidedIpv6CidrBlock")) {
            if (properties.containsKey(key)) {
                literal = false;
            }
        }
        for (String key : List.of("CidrBlock", "Ipv6CidrBlock")) {
            Optional<Node> value = properties.get(key);
            if (value.isEmpty()) {
                continue;
            }
            Optional<Cidr> cidr = value.get() instanceof ScalarNode s ? Cidr.parse(s.value()) : Optional.empty();
            if (cidr.isEmpty()) {
                literal = false;
            } else if (cidr.get().ipv6()) {
                v6.add(cidr.get());
            } else {
                v4.add(cidr.get());
            }
        }
        return literal;
    }
}
