package dev.collabinfra.lint.rules.dns;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.Scenarios;
import dev.collabinfra.template.ScalarNode;

/** E3041: a record set's Name lies in its HostedZoneName (equal to it or a subdomain of it; cfn-lint E3041). */
public final class RecordSetNameRule implements Rule {

    @Override
    public String id() {
        return "E3041";
    }

    @Override
    public String description() {
        return "A Route 53 record set's Name is in its HostedZoneName";
    }

    @Override
    public void check(LintContext ctx) {
        for (RecordSets.Entry e : RecordSets.all(ctx)) {
            for (Scenarios.Branch zoneBranch : Scenarios.scalars(ctx, e.zoneHolder(), "HostedZoneName", e.conditions())) {
                ScalarNode zoneNode = (ScalarNode) zoneBranch.node();
                String zoneName = zoneNode.value();
                String zone = RecordSets.normal(zoneName);
                if (zoneName.isEmpty()) {
                    continue; // an empty zone name is the schema's length check
                }
                if (!e.where().contains("RecordSets[") && !zoneName.endsWith(".")) {
                    ctx.report(zoneNode, "Record set " + e.where() + " HostedZoneName '" + zoneName
                            + "' must end in a dot; write '" + zoneName + ".'");
                }
                for (Scenarios.Branch nameBranch : Scenarios.scalars(ctx, e.record(), "Name", zoneBranch.conditions())) {
                    ScalarNode nameNode = (ScalarNode) nameBranch.node();
                    String n = RecordSets.normal(nameNode.value());
                    if (!n.equals(zone) && !n.endsWith("." + zone)) {
                        ctx.report(nameNode, "Record set " + e.where() + " Name '" + nameNode.value() + "' is not in hosted zone '"
                                + zoneName + "'; use a name ending in '." + zone + "' or the zone's own name");
                    }
                }
            }
        }
    }
}
