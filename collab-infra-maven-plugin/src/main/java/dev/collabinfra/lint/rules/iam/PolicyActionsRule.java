package dev.collabinfra.lint.rules.iam;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceData;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * W3037: each action of a policy statement is {@code service:Action} with a known service prefix
 * and an action that service has (wildcards must match at least one), and a bucket, queue or topic
 * policy only names its own service's actions (cfn-lint W3037, on cfn-lint's {@code Policies.json}).
 */
public final class PolicyActionsRule implements Rule {

    private static final Map<String, String> ONLY = Map.of("AWS::S3::BucketPolicy", "s3", "AWS::SQS::QueuePolicy", "sqs",
            "AWS::SNS::TopicPolicy", "sns");

    @Override
    public String id() {
        return "W3037";
    }

    @Override
    public String description() {
        return "IAM policy actions name a known service prefix and action";
    }

    @Override
    public void check(LintContext ctx) {
        if (ctx.facts().hasTransform(dev.collabinfra.lint.TemplateFacts.SERVERLESS)) {
            return; // as cfn-lint: SAM adds policies of its own
        }
        List<PolicyDocuments.Document> docs = PolicyDocuments.all(ctx);
        if (docs.isEmpty()) {
            return;
        }
        Map<String, Set<String>> services = ServiceData.of(ctx).iamActions();
        for (PolicyDocuments.Document doc : docs) {
            doc.node().get("Statement").ifPresent(statements -> {
                for (Node candidate : Values.candidates(statements)) {
                    for (Node item : candidate instanceof ListNode list ? list.items() : List.of(candidate)) {
                        for (Node s : Values.candidates(item)) {
                            if (s instanceof MapNode statement) {
                                for (String key : List.of("Action", "NotAction")) {
                                    statement.get(key).ifPresent(a -> Values.items(a).forEach(action -> {
                                        if (action instanceof ScalarNode scalar) {
                                            check(ctx, services, doc, scalar);
                                        }
                                    }));
                                }
                            }
                        }
                    }
                }
            });
        }
    }

    private static void check(LintContext ctx, Map<String, Set<String>> services, PolicyDocuments.Document doc, ScalarNode node) {
        String action = node.value();
        if (action.equals("*")) {
            return;
        }
        int colon = action.indexOf(':');
        if (colon < 0) {
            ctx.report(node, "Action '" + action + "' in '" + doc.logicalId() + "' is not 'service:Action' or '*'; write e.g. 's3:GetObject'");
            return;
        }
        String service = action.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = action.substring(colon + 1).toLowerCase(Locale.ROOT);
        String only = ONLY.get(doc.type());
        if (only != null && !service.equals(only)) {
            ctx.report(node, "Action '" + action + "' in " + doc.type() + " '" + doc.logicalId() + "' is not a '" + only
                    + "' action; a " + doc.type() + " only grants " + only + ":* actions");
        }
        Set<String> actions = services.get(service);
        if (actions == null) {
            ctx.report(node, "Action '" + action + "' in '" + doc.logicalId() + "': '" + service + "' is not a known IAM service prefix"
                    + closest(service, services.keySet()));
            return;
        }
        if (name.contains("*") || name.contains("?")) {
            Pattern p = Pattern.compile(Pattern.quote(name).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"));
            if (actions.stream().noneMatch(a -> p.matcher(a).matches())) {
                ctx.report(node, "Action '" + action + "' in '" + doc.logicalId() + "' matches no " + service + " action");
            }
        } else if (!actions.contains(name)) {
            ctx.report(node, "Action '" + action + "' in '" + doc.logicalId() + "' is not a known " + service + " action"
                    + closest(name, actions));
        }
    }

    /** "; did you mean 'x'?" for a near spelling (edit distance of at most 2), else nothing. */
    static String closest(String word, Set<String> known) {
        if (word.length() < 4) {
            return ""; // every short word is near some prefix: no useful suggestion
        }
        return known.stream().filter(k -> Math.abs(k.length() - word.length()) <= 2)
                .map(k -> Map.entry(k, distance(word, k))).filter(e -> e.getValue() <= 2)
                .min(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
                .map(e -> "; did you mean '" + e.getKey() + "'?").orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
