package dev.collabinfra.lint.rules.iam;

import dev.collabinfra.lint.rules.iam.PolicyDocuments.Document;
import dev.collabinfra.lint.rules.iam.PolicyDocuments.Kind;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The grammar of an IAM policy document, as the IAM policy reference and cfn-lint's policy schemas
 * ({@code schemas/other/iam}) state it: top-level keys, Version, Statement, each statement's keys
 * for the document's kind, Effect, Action/NotAction, Resource ARN shapes (identity policies),
 * Principal forms and Condition operators. Values computed by functions are not judged.
 */
final class PolicyGrammar {

    static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
    private static final Pattern ARN = Pattern.compile("^(arn:(aws[A-Za-z\\-]*?|\\*):[^:]+:[^:]*(:(?:\\d{12}|\\*|aws)?:.+|)|\\*)$");
    private static final List<Pattern> PRINCIPAL_ARN = List.of(Pattern.compile("^\\*$"), Pattern.compile("^\\d{12}$"),
            Pattern.compile("^arn:(aws|aws-cn|aws-us-gov):iam::\\d{12}:(?:root|user|group|role)"),
            Pattern.compile("^arn:(aws|aws-cn|aws-us-gov):sts::\\d{12}:assumed-role"),
            Pattern.compile("^arn:(aws|aws-cn|aws-us-gov):iam::cloudfront:user/.+$"));
    private static final Pattern SID_IDENTITY = Pattern.compile("^[A-Za-z0-9]+$");
    private static final List<Pattern> OPERATORS = List.of(
            Pattern.compile("^(ForAnyValue:|ForAllValues:)?(Not)?IpAddress(Exists)?(IfExists)?$"),
            Pattern.compile("^(ForAnyValue:|ForAllValues:)?Arn(Not)?Equals(Exists)?(IfExists)?$"),
            Pattern.compile("^(ForAnyValue:|ForAllValues:)?Arn(Not)?Like(Exists)?(IfExists)?$"),
            Pattern.compile("^(ForAnyValue:|ForAllValues:)?Bool(IfExists)?$"),
            Pattern.compile("^(ForAnyValue:|ForAllValues:)?Date(Less|Greater)Than(Equals)?(IfExists)?$"),
            Pattern.compile("^(ForAnyValue:|ForAllValues:)?Date(Not)?Equals(IfExists)?$"),
            Pattern.compile("^(ForAnyValue:|ForAllValues:)?Null(IfExists)?$"),
            Pattern.compile("^(ForAnyValue:|ForAllValues:)?Numeric(Less|Greater)Than(Equals)?(Exists)?(IfExists)?$"),
            Pattern.compile("^(ForAnyValue:|ForAllValues:)?Numeric(Not)?Equals(Exists)?(IfExists)?$"),
            Pattern.compile("^(ForAnyValue:|ForAllValues:)?String(Not)?Equals(IgnoreCase)?(Exists)?(IfExists)?$"),
            Pattern.compile("^(ForAnyValue:|ForAllValues:)?String(Not)?Like(Exists)?(IfExists)?$"),
            Pattern.compile("^BinaryEquals$"));
    private static final Set<String> PRINCIPAL_KEYS = Set.of("AWS", "CanonicalUser", "Federated", "Service");

    private final BiConsumer<Position, String> report;

    PolicyGrammar(BiConsumer<Position, String> report) {
        this.report = report;
    }

    void document(Document doc) {
        String at = "'" + doc.logicalId() + "' " + doc.where();
        for (MapNode.Entry e : doc.node().entries()) {
            if (!Set.of("Version", "Id", "Statement").contains(e.key())) {
                report.accept(e.keyPosition(), at + " has unknown key '" + e.key() + "'; a policy document has Version, Id and Statement"
                        + PolicyActionsRule.closest(e.key(), Set.of("Version", "Id", "Statement")));
            }
        }
        for (ScalarNode v : Values.scalars(doc.node(), "Version")) {
            if (!VERSIONS.contains(v.value())) {
                report.accept(v.position(), at + " Version '" + v.value() + "' is not a policy language version; use '2012-10-17'");
            }
        }
        if (!doc.node().containsKey("Statement")) {
            report.accept(doc.node().position(), at + " has no Statement; add a Statement list");
            return;
        }
        Map<String, ScalarNode> sids = new HashMap<>();
        int i = 0;
        for (Node candidate : Values.candidates(doc.node().get("Statement").get())) {
            List<Node> statements = candidate instanceof ListNode list ? list.items() : List.of(candidate);
            for (Node item : statements) {
                for (Node s : Values.candidates(item)) {
                    if (s instanceof MapNode map) {
                        statement(doc, at + " Statement[" + i + "]", map, sids);
                    } else if (s instanceof ScalarNode || s instanceof ListNode) {
                        report.accept(s.position(), at + " Statement[" + i + "] is not an object; write Effect, Action and "
                                + (doc.kind() == Kind.TRUST ? "Principal" : "Resource") + " as keys of a mapping");
                    }
                }
                i++;
            }
        }
    }

    private void statement(Document doc, String at, MapNode s, Map<String, ScalarNode> sids) {
        Set<String> allowed = switch (doc.kind()) {
            case IDENTITY -> Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition");
            case RESOURCE, ECR -> Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition");
            case TRUST -> Set.of("Sid", "Effect", "Action", "NotAction", "Principal", "NotPrincipal", "Condition");
        };
        for (MapNode.Entry e : s.entries()) {
            if (!allowed.contains(e.key())) {
                String why = switch (e.key()) {
                    case "Principal", "NotPrincipal" -> "an identity policy applies to the role, user or group it is attached to; remove "
                            + e.key() + " (or move the statement into a resource policy)";
                    case "Resource", "NotResource" -> "a trust policy's resource is the role itself; remove " + e.key();
                    default -> "use " + String.join(", ", new java.util.TreeSet<>(allowed)) + PolicyActionsRule.closest(e.key(), allowed);
                };
                report.accept(e.keyPosition(), at + " has key '" + e.key() + "' that is not allowed here; " + why);
            }
        }
        if (!s.containsKey("Effect")) {
            report.accept(s.position(), at + " has no Effect; add Effect: Allow or Effect: Deny");
        }
        for (ScalarNode effect : Values.scalars(s, "Effect")) {
            if (!effect.value().equals("Allow") && !effect.value().equals("Deny")) {
                String fix = effect.value().equalsIgnoreCase("allow") ? "Allow" : effect.value().equalsIgnoreCase("deny") ? "Deny" : null;
                report.accept(effect.position(), at + " Effect '" + effect.value() + "' is not Allow or Deny"
                        + (fix != null ? "; values are case-sensitive: write '" + fix + "'" : ""));
            }
        }
        exclusive(at, s, "Action", "NotAction", true);
        if (doc.kind() != Kind.TRUST) {
            exclusive(at, s, "Resource", "NotResource", doc.kind() != Kind.ECR);
        }
        if (doc.kind() != Kind.IDENTITY) {
            exclusive(at, s, "Principal", "NotPrincipal", true);
        }
        for (String key : List.of("Action", "NotAction", "Resource", "NotResource")) {
            if (allowed.contains(key)) {
                s.get(key).ifPresent(v -> strings(at + " " + key, v, key.endsWith("Action") ? "action as 'service:Action'" : "resource as an ARN"));
            }
        }
        if (doc.kind() == Kind.IDENTITY) {
            for (String key : List.of("Resource", "NotResource")) {
                s.get(key).ifPresent(v -> {
                    for (Node item : Values.items(v)) {
                        if (item instanceof ScalarNode arn && arn.kind() == ScalarKind.STRING && !ARN.matcher(arn.value()).find()) {
                            report.accept(arn.position(), at + " " + key + " '" + arn.value() + "' is not an ARN or '*'; write"
                                    + " arn:${AWS::Partition}:service:region:account:resource (Fn::Sub) or Ref/GetAtt the resource");
                        }
                    }
                });
            }
            Values.scalars(s, "Sid").stream().filter(sid -> !SID_IDENTITY.matcher(sid.value()).matches()).forEach(sid ->
                    report.accept(sid.position(), at + " Sid '" + sid.value() + "' may only hold letters and digits in an identity policy"));
        }
        for (String key : List.of("Principal", "NotPrincipal")) {
            if (allowed.contains(key)) {
                s.get(key).ifPresent(v -> principal(at + " " + key, v));
            }
        }
        s.get("Condition").ifPresent(c -> condition(at + " Condition", c));
        if (!(doc.kind() == Kind.RESOURCE && doc.type().equals("AWS::S3::BucketPolicy"))) {
            for (ScalarNode sid : Values.scalars(s, "Sid")) {
                ScalarNode first = sids.putIfAbsent(sid.value(), sid);
                if (first != null && first != sid) {
                    report.accept(sid.position(), at + " Sid '" + sid.value() + "' repeats the Sid on line " + first.position().line()
                            + "; give each statement its own Sid");
                }
            }
        }
    }

    private void exclusive(String at, MapNode s, String a, String b, boolean required) {
        boolean hasA = s.containsKey(a);
        boolean hasB = s.containsKey(b);
        if (hasA && hasB) {
            report.accept(s.entry(b).get().keyPosition(), at + " has both " + a + " and " + b + "; keep one");
        } else if (required && !hasA && !hasB) {
            report.accept(s.position(), at + " has neither " + a + " nor " + b + "; add " + a);
        }
    }

    private void strings(String at, Node value, String what) {
        for (Node candidate : Values.candidates(value)) {
            if (candidate instanceof ListNode list && list.size() == 0) {
                report.accept(list.position(), at + " is an empty list; name at least one");
            }
            for (Node item : Values.items(candidate)) {
                if (item instanceof MapNode || item instanceof ListNode) {
                    report.accept(item.position(), at + " item is not a string; write each " + what);
                }
            }
        }
    }

    private void principal(String at, Node value) {
        for (Node candidate : Values.candidates(value)) {
            if (candidate instanceof ScalarNode s) {
                if (!s.value().equals("*")) {
                    report.accept(s.position(), at + " '" + s.value() + "' is not '*'; name principals as {AWS: ...}, {Service: ...},"
                            + " {Federated: ...} or {CanonicalUser: ...}");
                }
            } else if (candidate instanceof MapNode map) {
                for (MapNode.Entry e : map.entries()) {
                    if (!PRINCIPAL_KEYS.contains(e.key())) {
                        report.accept(e.keyPosition(), at + " has key '" + e.key() + "'; use AWS, Service, Federated or CanonicalUser");
                    } else if (e.key().equals("AWS")) {
                        for (Node item : Values.items(e.value())) {
                            if (item instanceof ScalarNode arn && PRINCIPAL_ARN.stream().noneMatch(p -> p.matcher(arn.value()).find())) {
                                report.accept(arn.position(), at + " AWS '" + arn.value() + "' is not an account id, '*' or an IAM/STS"
                                        + " principal ARN (arn:aws:iam::123456789012:root|user/..|role/..)");
                            }
                        }
                    }
                }
            } else if (candidate instanceof ListNode list) {
                report.accept(list.position(), at + " is a list; write '*' or a mapping such as {AWS: [...]}");
            }
        }
    }

    private void condition(String at, Node value) {
        for (Node candidate : Values.candidates(value)) {
            if (!(candidate instanceof MapNode map)) {
                report.accept(candidate.position(), at + " is not a mapping; write {Operator: {key: value}}");
                continue;
            }
            for (MapNode.Entry e : map.entries()) {
                if (OPERATORS.stream().noneMatch(p -> p.matcher(e.key()).matches())) {
                    String fix = OPERATORS.stream().anyMatch(p -> p.matcher(fixCase(e.key())).matches())
                            ? "; operators are case-sensitive: write '" + fixCase(e.key()) + "'" : "; use an IAM condition operator such"
                            + " as StringEquals, StringLike, ArnLike, Bool, NumericLessThan, IpAddress (IfExists, ForAnyValue: allowed)";
                    report.accept(e.keyPosition(), at + " operator '" + e.key() + "' is not a condition operator" + fix);
                } else {
                    for (Node block : Values.candidates(e.value())) {
                        if (!(block instanceof MapNode)) {
                            report.accept(block.position(), at + " " + e.key() + " is not a mapping of condition keys to values");
                        }
                    }
                }
            }
        }
    }

    /** The operator with each known word in its documented case ("stringequals" → "StringEquals"). */
    private static String fixCase(String op) {
        String out = op;
        for (String word : List.of("ForAnyValue", "ForAllValues", "String", "Numeric", "Date", "Arn", "Bool", "Null", "Binary",
                "IpAddress", "Not", "Equals", "Like", "LessThan", "GreaterThan", "IgnoreCase", "IfExists", "Exists")) {
            out = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE).matcher(out).replaceAll(word);
        }
        return out;
    }
}
