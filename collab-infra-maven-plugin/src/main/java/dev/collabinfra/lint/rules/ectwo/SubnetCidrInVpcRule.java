package dev.collabinfra.lint.rules.ectwo;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** E3059: a subnet's literal CIDR lies inside one of its VPC's literal CIDRs (cfn-lint E3059). */
public final class SubnetCidrInVpcRule implements Rule {

    @Override
    public String id() {
        return "E3059";
    }

    @Override
    public String description() {
        return "A subnet's CIDR lies within a CIDR of its VPC";
    }

    @Override
    public void check(LintContext ctx) {
        Map<String, Subnets.Vpc> vpcs = Subnets.vpcs(ctx);
        if (vpcs.isEmpty()) {
            return;
        }
        for (Subnets.Subnet s : Subnets.subnets(ctx)) {
            Subnets.Vpc vpc = vpcs.get(s.vpc());
            if (vpc == null || vpc.dynamic()) {
                continue;
            }
            List<Cidr> ranges = s.cidr().ipv6() ? vpc.ipv6() : vpc.ipv4();
            if (ranges.stream().anyMatch(s.cidr()::within)) {
                continue;
            }
            if (ranges.isEmpty() && !s.cidr().ipv6()) {
                continue; // the VPC's IPv4 range is not literal
            }
            String where = ranges.isEmpty() ? "VPC '" + s.vpc() + "' has no IPv6 range; add an AWS::EC2::VPCCidrBlock with one"
                    : "it is not inside VPC '" + s.vpc() + "' (" + ranges.stream().map(Cidr::toString).collect(Collectors.joining(", "))
                    + "); pick a range within the VPC's";
            ctx.report(s.cidrNode(), "Subnet '" + s.logicalId() + "' CIDR " + s.cidr() + ": " + where);
        }
    }
}
