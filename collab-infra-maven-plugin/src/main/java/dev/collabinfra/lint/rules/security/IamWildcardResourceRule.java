package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An identity policy that allows write actions on {@code Resource: "*"}. Read-only verbs
 * (Describe, List, Get, BatchGet, BatchCheck, Head, Lookup, Search, View, Query, Scan, Filter) are fine on
 * "*", and so are the few writes that either cannot be scoped to a resource or only append
 * telemetry: CloudWatch metrics, X-Ray segments, the ENI actions a VPC Lambda needs, and writing
 * to CloudWatch Logs (what AWSLambdaBasicExecutionRole grants). {@code "*"} alone is W9202's.
 */
public final class IamWildcardResourceRule implements Rule {

    private static final List<String> READ_VERBS = List.of(
            "describe", "list", "get", "batchget", "batchcheck", "head", "lookup", "search", "view", "query", "scan", "filter");

    private static final Set<String> UNSCOPED_WRITES = Set.of(
            "cloudwatch:putmetricdata", "xray:puttracesegments", "xray:puttelemetryrecords",
            "ec2:createnetworkinterface", "ec2:deletenetworkinterface", "ec2:assignprivateipaddresses",
            "ec2:unassignprivateipaddresses", "logs:createloggroup", "logs:createlogstream", "logs:putlogevents");

    @Override
    public String id() {
        return "W9203";
    }

    @Override
    public String description() {
        return "IAM policy allows actions other than reads on Resource \"*\"";
    }

    @Override
    public void check(LintContext ctx) {
        for (PolicyStatements.Statement statement : PolicyStatements.allowStatements(ctx.template())) {
            Optional<Node> star = statement.starResource();
            if (star.isEmpty()) {
                continue;
            }
            List<String> writes = new ArrayList<>();
            for (PolicyStatements.ActionValue action : statement.actions()) {
                if (isWrite(action.lower())) {
                    writes.add(action.text());
                }
            }
            if (!writes.isEmpty()) {
                ctx.report(star.get(), "Policy in '" + statement.logicalId() + "' allows " + String.join(", ", writes)
                        + " on Resource '*'; name the resources (ARNs, or !GetAtt/!Sub of the ones this stack creates)"
                        + " (cfn-nag W12, checkov CKV_AWS_111)");
            }
        }
    }

    static boolean isWrite(String action) {
        if (action.equals("*") || action.equals("*:*") || UNSCOPED_WRITES.contains(action)) {
            return false;
        }
        int colon = action.indexOf(':');
        if (colon < 0) {
            return false; // not an action CloudFormation would accept; the policy-structure rules say so
        }
        String verb = action.substring(colon + 1);
        if (verb.equals("*")) {
            return true;
        }
        for (String read : READ_VERBS) {
            if (verb.startsWith(read)) {
                return false;
            }
        }
        return true;
    }
}
