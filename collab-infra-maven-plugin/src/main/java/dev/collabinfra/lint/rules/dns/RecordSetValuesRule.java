package dev.collabinfra.lint.rules.dns;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.IpAddresses;
import dev.collabinfra.lint.rules.services.Scenarios;
import dev.collabinfra.lint.rules.services.ServiceData;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * E3023: each record value fits its record Type (A an IPv4 address, AAAA IPv6, CNAME/NS/PTR a
 * domain name, MX "priority host", TXT quoted strings, CAA "flags tag value"), a CNAME or SOA set
 * holds one value, and a CNAME is not at the zone apex (cfn-lint E3023, on its record patterns).
 */
public final class RecordSetValuesRule implements Rule {

    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "E3023";
    }

    @Override
    public String description() {
        return "Route 53 record values fit the record type; one CNAME value, not at the zone apex";
    }

    @Override
    public void check(LintContext ctx) {
        List<RecordSets.Entry> entries = RecordSets.all(ctx);
        if (entries.isEmpty()) {
            return;
        }
        Map<String, ServiceData.RecordFormat> formats = ServiceData.of(ctx).recordFormats();
        for (RecordSets.Entry e : entries) {
            for (Scenarios.Branch type : Scenarios.scalars(ctx, e.record(), "Type", e.conditions())) {
                String t = ((ScalarNode) type.node()).value();
                ServiceData.RecordFormat format = formats.get(t);
                if (format == null) {
                    continue; // an unknown Type is the schema's enum check
                }
                e.record().get("ResourceRecords").ifPresent(records -> {
                    for (Scenarios.Branch b : Scenarios.branches(ctx, records, type.conditions())) {
                        values(ctx, e, format, b.node());
                    }
                });
                if (t.equals("CNAME")) {
                    for (Scenarios.Branch zone : Scenarios.scalars(ctx, e.zoneHolder(), "HostedZoneName", type.conditions())) {
                        for (Scenarios.Branch name : Scenarios.scalars(ctx, e.record(), "Name", zone.conditions())) {
                            ScalarNode n = (ScalarNode) name.node();
                            if (RecordSets.normal(n.value()).equals(RecordSets.normal(((ScalarNode) zone.node()).value()))) {
                                ctx.report(n, "Record set " + e.where() + " is a CNAME at the zone apex '" + n.value()
                                        + "'; DNS allows no CNAME there: use an A/AAAA alias record (AliasTarget) instead");
                            }
                        }
                    }
                }
            }
        }
    }

    private void values(LintContext ctx, RecordSets.Entry e, ServiceData.RecordFormat format, Node candidate) {
        {
            if (candidate instanceof ListNode list && list.size() > format.maxRecords()) {
                ctx.report(list.get(format.maxRecords()), "Record set " + e.where() + " of type " + format.type() + " has " + list.size()
                        + " values; a " + format.type() + " record holds exactly one");
            }
            for (Node item : Values.items(candidate)) {
                if (item instanceof ScalarNode value && !value.value().startsWith("{{resolve:")) {
                    problem(format, value.value()).ifPresent(p -> ctx.report(value, "Record set " + e.where() + " " + format.type()
                            + " value '" + value.value() + "' " + p));
                }
            }
        }
    }

    private Optional<String> problem(ServiceData.RecordFormat format, String value) {
        switch (format.kind()) {
            case "format":
                if (format.value().equals("ipv4") && IpAddresses.ipv4(value).isEmpty()) {
                    return Optional.of("is not an IPv4 address" + (value.contains(":") ? " (an IPv6 address needs Type AAAA)" : ""));
                }
                if (format.value().equals("ipv6") && IpAddresses.ipv6(value).isEmpty()) {
                    return Optional.of("is not an IPv6 address" + (IpAddresses.ipv4(value).isPresent() ? " (an IPv4 address needs Type A)" : ""));
                }
                return Optional.empty();
            case "pattern":
                Pattern p = patterns.computeIfAbsent(format.value(), RecordSetValuesRule::compile);
                return p.matcher(value).find() ? Optional.empty() : Optional.of("does not fit a " + format.type() + " record" + hint(format.type()));
            default:
                return Optional.empty();
        }
    }

    private static String hint(String type) {
        return switch (type) {
            case "MX" -> "; write 'priority host', e.g. '10 mail.example.com'";
            case "TXT" -> "; quote each string of at most 255 characters, e.g. '\"v=spf1 -all\"'";
            case "CAA" -> "; write 'flags tag \"value\"', e.g. '0 issue \"amazon.com\"'";
            default -> "; write a domain name";
        };
    }

    /** cfn-lint's Python patterns in Java: a brace that is not a quantifier ({1-3}) is literal there. */
    static Pattern compile(String python) {
        return Pattern.compile(python.replaceAll("\\{(\\d+)-(\\d+)\\}", "\\\\{$1-$2\\\\}"));
    }
}
