package dev.collabinfra.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One create-or-update of the main stack, with everything already resolved (environment file,
 * command line, POM) and the templates already rendered and uploaded. Built by name with
 * {@link #builder}; the accessors of {@link StackSettings}, {@link Guards} and {@link Mode} are
 * repeated here so the deploy steps read {@code request.stackName()}.
 *
 * @param environment the environment's name, for messages and hints
 * @param timeout how long to wait for CloudFormation before leaving the stack running
 */
public record DeployRequest(String environment, RenderedTemplates templates, StackSettings stack, Guards guards, Duration timeout,
        Mode mode) {

    /**
     * What the deploy may do to a stack in a bad state or to stateful resources.
     *
     * @param allowReplacement logical ids (or {@code Nested/LogicalId} addresses) the data-loss guard lets through
     * @param recreateFailedStack delete a stack in {@code ROLLBACK_COMPLETE} and create it again
     * @param continueUpdateRollback continue a stack in {@code UPDATE_ROLLBACK_FAILED} first
     */
    public record Guards(Set<String> allowReplacement, boolean recreateFailedStack, boolean continueUpdateRollback) {

        public Guards {
            allowReplacement = Set.copyOf(allowReplacement);
        }

        /** No replacement allowed, no recovery of a failed stack. */
        public static Guards strict() {
            return new Guards(Set.of(), false, false);
        }
    }

    /**
     * Deploy, plan only, or execute a change set a plan kept.
     *
     * @param planOnly stop after the plan (the {@code plan} goal)
     * @param keepChangeSet with {@code planOnly}, leave the change set for a later {@code deploy}
     * @param keptChangeSet the name of a change set kept by {@code plan} to execute exactly; null to make one
     * @param shownPlan with {@code keptChangeSet}, the plan of that change set the caller has already shown and guarded (the
     *     preview of a multi-region deploy), so it is neither described nor printed again; null otherwise
     */
    public record Mode(boolean planOnly, boolean keepChangeSet, String keptChangeSet, ChangeSetPlan shownPlan) {

        public Mode(boolean planOnly, boolean keepChangeSet, String keptChangeSet) {
            this(planOnly, keepChangeSet, keptChangeSet, null);
        }

        public static Mode deploy() {
            return new Mode(false, false, null);
        }

        public static Mode plan(boolean keepChangeSet) {
            return new Mode(true, keepChangeSet, null);
        }

        /** Executes exactly the change set named; null makes a new one as {@link #deploy()}. */
        public static Mode executeKept(String changeSet) {
            return new Mode(false, false, changeSet);
        }

        /** Executes the change set of a plan the caller has shown and guarded already, without showing it again. */
        public static Mode executeShown(ChangeSetPlan plan) {
            return new Mode(false, false, plan.changeSetName(), plan);
        }
    }

    public DeployRequest {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(timeout, "timeout");
        guards = guards == null ? Guards.strict() : guards;
        mode = mode == null ? Mode.deploy() : mode;
    }

    /** A plain deploy with strict guards; change what differs on the builder. */
    public static Builder builder(String environment, StackSettings stack, RenderedTemplates templates, Duration timeout) {
        return new Builder(environment, stack, templates, timeout);
    }

    /** How to watch the stack from the command line when the plugin stops waiting. */
    public String watchHint() {
        return "Watch it with: mvn collab-infra:status -Denv=" + environment + " -Dcollab-infra.stackName=" + stackName()
                + " (or in the CloudFormation console).";
    }

    public String stackName() {
        return stack.stackName();
    }

    public Map<String, String> parameters() {
        return stack.parameters();
    }

    public Map<String, String> tags() {
        return stack.tags();
    }

    public List<String> capabilities() {
        return stack.capabilities();
    }

    public String roleArn() {
        return stack.roleArn();
    }

    public List<String> notificationArns() {
        return stack.notificationArns();
    }

    public RollbackSettings rollback() {
        return stack.rollback();
    }

    public Boolean terminationProtection() {
        return stack.terminationProtection();
    }

    public Set<String> allowReplacement() {
        return guards.allowReplacement();
    }

    public boolean recreateFailedStack() {
        return guards.recreateFailedStack();
    }

    public boolean continueUpdateRollback() {
        return guards.continueUpdateRollback();
    }

    public String keptChangeSet() {
        return mode.keptChangeSet();
    }

    public boolean planOnly() {
        return mode.planOnly();
    }

    public boolean keepChangeSet() {
        return mode.keepChangeSet();
    }

    /** Names the parts of a {@link DeployRequest}. */
    public static final class Builder {
        private final String environment;
        private final StackSettings stack;
        private final RenderedTemplates templates;
        private final Duration timeout;
        private Guards guards = Guards.strict();
        private Mode mode = Mode.deploy();

        private Builder(String environment, StackSettings stack, RenderedTemplates templates, Duration timeout) {
            this.environment = environment;
            this.stack = stack;
            this.templates = templates;
            this.timeout = timeout;
        }

        public Builder guards(Guards value) {
            guards = value;
            return this;
        }

        public Builder mode(Mode value) {
            mode = value;
            return this;
        }

        public DeployRequest build() {
            return new DeployRequest(environment, templates, stack, guards, timeout, mode);
        }
    }
}
