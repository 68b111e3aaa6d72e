package dev.collabinfra.lint.rules.ectwo;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import java.util.List;
import java.util.Objects;

/**
 * E3060: two subnets of one VPC with overlapping literal CIDRs (cfn-lint E3060). Subnets under
 * different resource Conditions are not compared, as they may never exist together. Reported at
 * the later subnet's Properties, where cfn-lint reports it.
 */
public final class SubnetOverlapRule implements Rule {

    @Override
    public String id() {
        return "E3060";
    }

    @Override
    public String description() {
        return "Subnets of one VPC do not overlap";
    }

    @Override
    public void check(LintContext ctx) {
        List<Subnets.Subnet> subnets = Subnets.subnets(ctx);
        for (int i = 0; i < subnets.size(); i++) {
            Subnets.Subnet s = subnets.get(i);
            for (int j = 0; j < i; j++) {
                Subnets.Subnet earlier = subnets.get(j);
                if (earlier.vpc().equals(s.vpc()) && !earlier.logicalId().equals(s.logicalId())
                        && Objects.equals(earlier.condition(), s.condition()) && s.cidr().overlaps(earlier.cidr())) {
                    ctx.report(s.propertiesAt(), "Subnet '" + s.logicalId() + "' CIDR " + s.cidr() + " overlaps subnet '"
                            + earlier.logicalId() + "' (" + earlier.cidr() + ") in VPC '" + s.vpc()
                            + "'; give each subnet its own range");
                }
            }
        }
    }
}
