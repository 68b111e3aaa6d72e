package dev.collabinfra.lint.rules.environment;

import dev.collabinfra.lint.resolve.Deployment;
import dev.collabinfra.lint.resolve.ResolvedDeployment;
import dev.collabinfra.lint.resolve.ResolvedExport;
import dev.collabinfra.lint.resolve.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * E9124: an export name claimed twice in one account and region, by two environments or by two
 * stacks of one environment. Export names are unique per account and region, so the second stack
 * fails to create. Accounts come from the environments' role ARNs; environments without one are
 * taken to share the placeholder account, which the message says.
 */
public final class ExportCollisionRule implements EnvironmentRule {

    @Override
    public String id() {
        return "E9124";
    }

    @Override
    public String description() {
        return "An export name that two environments (or two stacks of one) claim in the same account and region";
    }

    @Override
    public void checkAcross(List<ResolvedDeployment> deployments, ResolvedFindings out) {
        Claims claims = new Claims();
        for (ResolvedDeployment resolved : deployments) {
            Deployment d = resolved.deployment();
            for (ResolvedExport export : resolved.exports()) {
                if (export.name() instanceof Value.Text name && d.region() != null) {
                    claims.add(d.accountId() + "|" + d.region(),
                            new Claims.Claim(resolved, export.stack(), export.output(), export.node(), name));
                }
            }
        }
        claims.report(this, out, (group, o) -> {
            Claims.Claim first = group.get(0);
            List<String> who = new ArrayList<>();
            for (Claims.Claim claim : group) {
                who.add(Claims.describe(claim, "output", o));
            }
            return "Export name " + ResolvedFindings.shown(first.name()) + " is claimed by " + Claims.environments(group)
                    + " in account " + first.deployment().deployment().accountDescription() + ", region "
                    + first.deployment().deployment().region() + ": " + String.join("; ", who) + ". Export names are unique per"
                    + " account and region, so the second deployment fails: put ${AWS::StackName} or ${EnvironmentName} into the name"
                    + Claims.placeholderHint(group);
        });
    }
}
