package dev.collabinfra.lint.rules.environment;

import dev.collabinfra.lint.resolve.ResolvedDeployment;
import java.util.List;

/**
 * A check over the resolved deployments of the environments ({@link ResolvedDeployment}): one
 * class per rule id, like the template rules. {@link #check} sees one environment,
 * {@link #checkAcross} all the environments the run resolved.
 */
public interface EnvironmentRule {

    String id();

    /** One line for the rules table and the SARIF report. */
    String description();

    default void check(ResolvedDeployment deployment, ResolvedFindings out) {}

    default void checkAcross(List<ResolvedDeployment> deployments, ResolvedFindings out) {}
}
