package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.Optional;

/**
 * An application load balancer listener on plain HTTP whose default action is not a redirect to
 * HTTPS: traffic (cookies, tokens) crosses the internet unencrypted.
 */
public final class HttpListenerRedirectRule implements Rule {

    @Override
    public String id() {
        return "W9210";
    }

    @Override
    public String description() {
        return "Load balancer listener on HTTP that does not redirect to HTTPS";
    }

    @Override
    public void check(LintContext ctx) {
        for (Resource listener : Resources.ofType(ctx.template(), "AWS::ElasticLoadBalancingV2::Listener")) {
            Optional<Node> protocol = listener.properties().get("Protocol");
            if (protocol.flatMap(Resources::literal).filter("HTTP"::equals).isEmpty()) {
                continue;
            }
            Optional<Node> actions = listener.properties().get("DefaultActions");
            if (actions.isEmpty() || Resources.isFunction(actions.get()) || redirectsToHttps(actions.get())) {
                continue;
            }
            ctx.report(protocol.get(), "Listener '" + listener.logicalId() + "' serves plain HTTP; make its default action"
                    + " a redirect (Type: redirect, RedirectConfig: {Protocol: HTTPS, Port: '443', StatusCode: HTTP_301})"
                    + " and serve on an HTTPS listener (cfn-nag W56, checkov CKV_AWS_2)");
        }
    }

    private static boolean redirectsToHttps(Node actions) {
        for (Node item : Resources.items(actions)) {
            if (!(item instanceof MapNode action) || Resources.isFunction(action)) {
                return true; // cannot tell
            }
            Optional<MapNode> redirect = action.getMap("RedirectConfig");
            if (Resources.literal(action, "Type").filter("redirect"::equalsIgnoreCase).isPresent() && redirect.isPresent()) {
                // an absent Protocol keeps the request's (#{protocol}, so HTTP): only HTTPS or a function counts
                Optional<Node> protocol = redirect.get().get("Protocol");
                if (protocol.isPresent() && (Resources.isFunction(protocol.get())
                        || Resources.literal(protocol.get()).filter("HTTPS"::equals).isPresent())) {
                    return true;
                }
            }
        }
        return false;
    }
}
