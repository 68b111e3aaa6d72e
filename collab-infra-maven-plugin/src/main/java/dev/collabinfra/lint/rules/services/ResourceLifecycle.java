package dev.collabinfra.lint.rules.services;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/**
 * The lifecycle of a resource type's service (the registry schemas' {@code lifecycle}): E3710 for
 * a service that has been shut down, W3696 for one that is sunsetting, W3697 for one in
 * maintenance mode (cfn-lint's ids). One class per id; this base reads the table.
 */
abstract class ResourceLifecycle implements Rule {

    private final String status;

    ResourceLifecycle(String status) {
        this.status = status;
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx)) {
            ServiceData.Lifecycle lc = ServiceData.of(ctx).lifecycles().get(r.type());
            if (lc == null || !lc.status().equals(status)) {
                continue;
            }
            String date = lc.date().isEmpty() ? "" : " on " + lc.date();
            String message = switch (status) {
                case "shutdown" -> "is from a service that was shut down" + date + "; CloudFormation can no longer create it: remove it or"
                        + " move to the replacement service";
                case "sunset" -> "is from a service that " + (lc.date().isEmpty() ? "is being retired" : "will be shut down" + date)
                        + "; plan a move to an alternative";
                default -> "is from a service in maintenance mode" + (lc.date().isEmpty() ? "" : " since " + lc.date())
                        + "; consider an alternative";
            };
            ctx.report(r.node().get("Type").get(), "Resource type " + r.type() + " of '" + r.logicalId() + "' " + message);
        }
    }
}
