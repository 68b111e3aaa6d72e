package dev.collabinfra.lint.rules.environment;

import dev.collabinfra.lint.resolve.Deployment;
import dev.collabinfra.lint.resolve.ResolvedDeployment;
import dev.collabinfra.lint.resolve.ResolvedProperty;
import dev.collabinfra.lint.resolve.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * E9125: a physical name ({@code BucketName}, {@code TableName}, {@code FunctionName}, ...) that two
 * environments, or two stacks of one, would create where the name must be unique: S3 buckets in
 * the whole partition, IAM names in the account, the others in the account and region. The second
 * deployment would fail with "already exists".
 */
public final class PhysicalNameCollisionRule implements EnvironmentRule {

    private final NamingRules names;

    /** @param names which property names a resource, and where the name must be unique */
    public PhysicalNameCollisionRule(NamingRules names) {
        this.names = names;
    }

    @Override
    public String id() {
        return "E9125";
    }

    @Override
    public String description() {
        return "A physical resource name (BucketName, TableName, ...) that two environments would create in the same account and region";
    }

    @Override
    public void checkAcross(List<ResolvedDeployment> deployments, ResolvedFindings out) {
        Claims claims = new Claims();
        for (ResolvedDeployment resolved : deployments) {
            Deployment d = resolved.deployment();
            for (ResolvedProperty property : resolved.properties()) {
                Optional<NamingRules.Name> name = names.nameOf(property.resourceType());
                if (name.isEmpty() || name.get().scope() == NamingRules.Scope.NONE || !(property.value() instanceof Value.Text text)
                        || property.path().size() != 1 || !property.path().get(0).equals(name.get().property())) {
                    continue;
                }
                String scope = switch (name.get().scope()) {
                    case PARTITION -> d.partition().orElse("?");
                    case ACCOUNT -> d.accountId();
                    default -> d.accountId() + "|" + d.region();
                };
                if (name.get().scope() != NamingRules.Scope.ACCOUNT && d.region() == null) {
                    continue;
                }
                claims.add(property.resourceType() + "|" + scope,
                        new Claims.Claim(resolved, property.stack(), property.logicalId(), property.node(), text));
            }
        }
        claims.report(this, out, (group, o) -> {
            Claims.Claim first = group.get(0);
            NamingRules.Name name = names.nameOf(first.stack().template().resourceType(first.owner()).orElse("")).orElseThrow();
            Deployment d = first.deployment().deployment();
            String where = switch (name.scope()) {
                case PARTITION -> "in partition " + d.partition().orElse("?") + " (bucket names are global: every account shares them)";
                case ACCOUNT -> "in account " + d.accountDescription() + " (IAM names are global to the account)";
                default -> "in account " + d.accountDescription() + ", region " + d.region();
            };
            List<String> who = new ArrayList<>();
            for (Claims.Claim claim : group) {
                who.add(Claims.describe(claim, "resource", o));
            }
            return name.resourceType() + " " + name.property() + " " + ResolvedFindings.shown(first.name()) + " is created by "
                    + Claims.environments(group) + " " + where + ": " + String.join("; ", who) + ". The second deployment fails"
                    + " because the name is taken: put ${AWS::StackName} or ${EnvironmentName} into the name, or leave the"
                    + " property out and let CloudFormation generate one"
                    + (name.scope() == NamingRules.Scope.PARTITION ? "" : Claims.placeholderHint(group));
        });
    }
}
