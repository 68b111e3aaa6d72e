package dev.collabinfra.lint.rules.dns;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.services.Scenarios;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The record sets of a template: each {@code AWS::Route53::RecordSet} and each item of an
 * {@code AWS::Route53::RecordSetGroup}'s RecordSets (which inherit the group's hosted zone).
 */
final class RecordSets {

    /**
     * One record set object, its resource, the object that holds its HostedZoneName (itself, or its
     * RecordSetGroup's Properties) and the conditions its resource needs.
     */
    record Entry(String logicalId, String where, MapNode record, MapNode zoneHolder, java.util.Map<String, Boolean> conditions) {}

    private RecordSets() {}

    static List<Entry> all(LintContext ctx) {
        List<Entry> out = new ArrayList<>();
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::Route53::RecordSet")) {
            java.util.Map<String, Boolean> c = Scenarios.of(ctx, r.node());
            if (c != null) {
                out.add(new Entry(r.logicalId(), "'" + r.logicalId() + "'", r.properties(), r.properties(), c));
            }
        }
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::Route53::RecordSetGroup")) {
            java.util.Map<String, Boolean> c = Scenarios.of(ctx, r.node());
            if (c == null) {
                continue;
            }
            r.properties().get("RecordSets").ifPresent(sets -> {
                int i = 0;
                for (Node item : Values.items(sets)) {
                    if (item instanceof MapNode map) {
                        out.add(new Entry(r.logicalId(), "'" + r.logicalId() + "' RecordSets[" + i + "]", map, r.properties(), c));
                    }
                    i++;
                }
            });
        }
        return out;
    }

    static Optional<String> literal(MapNode map, String key) {
        return map.get(key).flatMap(Values::literal).map(s -> s.value());
    }

    /** A domain name compared the way DNS does: lower case, without the final dot. */
    static String normal(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
