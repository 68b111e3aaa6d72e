package dev.collabinfra.lint.rules.environment;

import dev.collabinfra.lint.resolve.ResolvedDeployment;
import dev.collabinfra.lint.resolve.ResolvedProperty;
import dev.collabinfra.lint.resolve.Value;
import java.util.Optional;

/**
 * E9120: a resource property, resolved with the environment's values, breaks the property's
 * constraint (a {@code BucketName} built by {@code !Sub} with an upper-case stack name, a
 * {@code FunctionName} over 64 characters in one environment only). Values written literally in
 * the template are the template rules' business and are not reported here.
 */
public final class ResolvedPropertyRule implements EnvironmentRule {

    private final PropertyConstraints constraints;

    /** @param constraints where a property's constraint is found */
    public ResolvedPropertyRule(PropertyConstraints constraints) {
        this.constraints = constraints;
    }

    @Override
    public String id() {
        return "E9120";
    }

    @Override
    public String description() {
        return "A resource property resolved with the environment's values breaks its constraint (name rules, pattern, length, range)";
    }

    @Override
    public void check(ResolvedDeployment deployment, ResolvedFindings out) {
        for (ResolvedProperty property : deployment.properties()) {
            if (!(property.value() instanceof Value.Text text) || text.feeds().isEmpty()
                    || !constraints.covers(property.resourceType())) {
                continue;
            }
            Optional<String> wrong = constraints.lookup(property.resourceType(), property.path())
                    .flatMap(c -> c.validate(text.text()));
            if (wrong.isEmpty()) {
                continue;
            }
            String why = text.secret() ? "its rules (details hidden with the NoEcho value)" : wrong.get();
            out.report(this, deployment.deployment().environment(), property.stack(), property.node(),
                    property.pathText() + " of " + property.logicalId() + " resolves to " + ResolvedFindings.shown(text)
                            + ", which " + property.resourceType() + " rejects: " + why,
                    text.feeds());
        }
    }
}
