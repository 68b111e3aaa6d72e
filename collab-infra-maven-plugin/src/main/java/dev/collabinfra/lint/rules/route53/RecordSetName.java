package dev.collabinfra.lint.rules.route53;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/** E3041: a record set's Name lies in its HostedZoneName (equal to it or a subdomain of it; cfn-lint E3041). */
public final class RecordSetName implements Rule {

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
            if (e.zoneName().isEmpty()) {
                continue;
            }
            String zone = RecordSets.normal(e.zoneName().get());
            if (!e.where().contains("RecordSets[") && !e.zoneName().get().endsWith(".")) {
                ctx.report(e.record().get("HostedZoneName").get(), "Record set " + e.where() + " HostedZoneName '" + e.zoneName().get()
                        + "' must end in a dot; write '" + e.zoneName().get() + ".'");
            }
            RecordSets.literal(e.record(), "Name").ifPresent(name -> {
                String n = RecordSets.normal(name);
                if (!n.equals(zone) && !n.endsWith("." + zone)) {
                    ctx.report(e.record().get("Name").get(), "Record set " + e.where() + " Name '" + name + "' is not in hosted zone '"
                            + e.zoneName().get() + "'; use a name ending in '." + zone + "' or the zone's own name");
                }
            });
        }
    }
}
