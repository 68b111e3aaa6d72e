package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Allow statements of the identity policies a template declares: inline policies of roles,
 * users and groups, {@code AWS::IAM::Policy} and {@code AWS::IAM::ManagedPolicy}. Trust policies
 * ({@code AssumeRolePolicyDocument}) are not identity policies and are left out.
 */
final class PolicyStatements {

    /** One Allow statement and the resource that holds it. */
    record Statement(String logicalId, MapNode node) {

        /** The literal actions (lower case), skipping functions. */
        List<ActionValue> actions() {
            List<ActionValue> out = new ArrayList<>();
            node.get("Action").ifPresent(a -> {
                for (Node item : Resources.items(a)) {
                    Resources.literal(item).ifPresent(v -> out.add(new ActionValue(v.strip(), item)));
                }
            });
            return out;
        }

        /** The literal {@code "*"} among the resources, when there is one. */
        Optional<Node> starResource() {
            return node.get("Resource").flatMap(r -> Resources.items(r).stream()
                    .filter(i -> Resources.literal(i).filter("*"::equals).isPresent()).findFirst());
        }
    }

    /** An action as written and its node. */
    record ActionValue(String text, Node node) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private PolicyStatements() {}

    static List<Statement> allowStatements(Template template) {
        List<Statement> out = new ArrayList<>();
        for (Resource r : Resources.ofType(template, "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group")) {
            r.properties().get("Policies").ifPresent(policies -> {
                for (Node policy : Resources.items(policies)) {
                    if (policy instanceof MapNode map) {
                        map.get("PolicyDocument").ifPresent(doc -> add(out, r.logicalId(), doc));
                    }
                }
            });
        }
        for (Resource r : Resources.ofType(template, "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")) {
            r.properties().get("PolicyDocument").ifPresent(doc -> add(out, r.logicalId(), doc));
        }
        return out;
    }

    private static void add(List<Statement> out, String logicalId, Node document) {
        if (!(document instanceof MapNode doc)) {
            return; // a JSON string or a function: not read here
        }
        doc.get("Statement").ifPresent(statements -> {
            for (Node s : Resources.items(statements)) {
                if (s instanceof MapNode statement && !Resources.isFunction(statement)
                        && Resources.literal(statement, "Effect").filter("Allow"::equals).isPresent()) {
                    out.add(new Statement(logicalId, statement));
                }
            }
        });
    }
}
