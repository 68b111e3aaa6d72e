package dev.collabinfra.lint.rules.iam;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The IAM policy documents a template embeds, by kind: identity policies (roles', users' and
 * groups' inline policies, AWS::IAM::Policy, ManagedPolicy, the *Policy types, SSO permission
 * sets), resource policies (bucket, queue, topic, key and OpenSearch domain policies) and trust
 * policies (a role's AssumeRolePolicyDocument), and ECR repository policies (resource policies
 * whose resource is the repository, so they name none). A document written as a JSON string or computed by
 * a function is not read; each Fn::If branch is a document of its own.
 */
final class PolicyDocuments {

    enum Kind { IDENTITY, RESOURCE, TRUST, ECR }

    /** One document: its kind, its resource's id and type, and the document object. */
    record Document(Kind kind, String logicalId, String type, String where, MapNode node) {}

    private static final Map<String, String> IDENTITY = Map.of("AWS::IAM::Policy", "PolicyDocument",
            "AWS::IAM::ManagedPolicy", "PolicyDocument", "AWS::IAM::UserPolicy", "PolicyDocument",
            "AWS::IAM::RolePolicy", "PolicyDocument", "AWS::IAM::GroupPolicy", "PolicyDocument",
            "AWS::SSO::PermissionSet", "InlinePolicy");
    private static final Map<String, String> RESOURCE = Map.of("AWS::KMS::Key", "KeyPolicy",
            "AWS::OpenSearchService::Domain", "AccessPolicies", "AWS::S3::BucketPolicy", "PolicyDocument",
            "AWS::SNS::TopicPolicy", "PolicyDocument", "AWS::SQS::QueuePolicy", "PolicyDocument");

    private PolicyDocuments() {}

    static List<Document> all(LintContext ctx) {
        List<Document> out = new ArrayList<>();
        for (ServiceScope.Resource r : ServiceScope.resources(ctx)) {
            switch (r.type()) {
                case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group" -> {
                    r.properties().get("Policies").ifPresent(policies -> {
                        int i = 0;
                        for (Node policy : Values.items(policies)) {
                            if (policy instanceof MapNode map) {
                                add(out, Kind.IDENTITY, r, "Policies[" + i + "].PolicyDocument", map.get("PolicyDocument").orElse(null));
                            }
                            i++;
                        }
                    });
                    if (r.type().equals("AWS::IAM::Role")) {
                        add(out, Kind.TRUST, r, "AssumeRolePolicyDocument", r.properties().get("AssumeRolePolicyDocument").orElse(null));
                    }
                }
                default -> {
                    if (IDENTITY.containsKey(r.type())) {
                        String key = IDENTITY.get(r.type());
                        add(out, Kind.IDENTITY, r, key, r.properties().get(key).orElse(null));
                    } else if (r.type().equals("AWS::ECR::Repository")) {
                        add(out, Kind.ECR, r, "RepositoryPolicyText", r.properties().get("RepositoryPolicyText").orElse(null));
                    } else if (RESOURCE.containsKey(r.type())) {
                        String key = RESOURCE.get(r.type());
                        add(out, Kind.RESOURCE, r, key, r.properties().get(key).orElse(null));
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<Document> out, Kind kind, ServiceScope.Resource r, String where, Node value) {
        if (value == null) {
            return;
        }
        for (Node candidate : Values.candidates(value)) {
            if (candidate instanceof MapNode map) {
                out.add(new Document(kind, r.logicalId(), r.type(), where, map));
            }
        }
    }
}
