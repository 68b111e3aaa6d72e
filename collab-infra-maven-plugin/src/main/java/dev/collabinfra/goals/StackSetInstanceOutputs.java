package dev.collabinfra.goals;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployedTemplates;
import dev.collabinfra.deploy.OutputsFiles;
import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.StackState;
import dev.collabinfra.deploy.regions.RegionListener;
import dev.collabinfra.deploy.regions.RegionalOutputs;
import dev.collabinfra.deploy.stackset.StackSetGateway;
import dev.collabinfra.deploy.stackset.StackSetGateway.StackInstance;
import dev.collabinfra.environment.RegionalSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code outputs} of a stack set: each instance's outputs, read from its stack (DescribeStacks by the
 * instance's stack id, in the instance's region, with this run's credentials), written to
 * {@code <env>/<account>/outputs.<region>.json} and {@code .properties}, and set as the properties
 * {@code collab-infra.output.<account>.<region>.<Key>}. An instance in another account than the
 * credentials' is answered "does not exist" by CloudFormation: it is named with what to do, and the
 * other instances go on. The goal fails only when no instance's outputs could be read.
 */
final class StackSetInstanceOutputs {

    private final GoalContext context;
    private final AwsSession base;
    private final RegionalSettings regional;
    private final SecretMasker masker;

    StackSetInstanceOutputs(GoalContext context, AwsSession base, RegionalSettings regional, SecretMasker masker) {
        this.context = context;
        this.base = base;
        this.regional = regional;
        this.masker = masker;
    }

    Outputs write(StackSetGateway gateway, String name, Path directory) {
        if (gateway.describeStackSet(name).isEmpty()) {
            throw new UserException("Stack set " + name + " does not exist (environment '" + base.environmentName()
                    + "'); deploy it first: mvn collab-infra:deploy -Denv=" + base.environmentName());
        }
        List<StackInstance> instances = gateway.listStackInstances(name);
        Map<String, AwsSession> sessions = new LinkedHashMap<>();
        Map<String, String> properties = new LinkedHashMap<>();
        Path first = null;
        int unreadable = 0;
        try {
            for (StackInstance instance : instances) {
                ProgressListener out = masker.wrap(RegionListener.of(context.out(), instance.region()));
                String who = "account " + instance.account();
                Optional<StackState> stack = Optional.empty();
                String problem;
                if (instance.stackId() == null) {
                    problem = "it has no stack (" + instance.status() + (instance.reason() == null ? "" : ": " + instance.reason()) + ")";
                } else {
                    AwsSession session = sessions.computeIfAbsent(instance.region(), r -> base.forRegion(
                            regional.environmentFor(base.environment().environment(), r)));
                    try {
                        stack = session.gateway().describeStack(instance.stackId());
                        problem = stack.isPresent() ? null : "CloudFormation in " + instance.region() + " answers that its stack "
                                + instance.stackId() + " does not exist for these credentials, as it does for a stack in another"
                                + " account. Read them with credentials of account " + instance.account() + " (e.g. mvn collab-infra:outputs"
                                + " -Denv=" + base.environmentName() + " -Dcollab-infra.assumeRoleArn=arn:aws:iam::" + instance.account()
                                + ":role/<a role there>)";
                    } catch (UserException e) {
                        problem = e.getMessage();
                    }
                }
                if (problem != null) {
                    unreadable++;
                    out.warn(who + ": outputs not read: " + problem);
                    continue;
                }
                StackState state = stack.get();
                SecretMasker instanceMasker = DeployedTemplates.maskerFor(sessions.get(instance.region()).gateway(), state, masker, out);
                Path accountDirectory = directory.resolve(instance.account());
                OutputsFiles.table(state.outputs(), instanceMasker).forEach(line -> out.info(who + ": " + line));
                OutputsFiles.values(state.outputs(), instanceMasker).forEach((key, value) -> properties.put(
                        PropertyNames.OUTPUT_PROPERTY_PREFIX + instance.account() + "." + instance.region() + "." + key, value));
                Path file = RegionalOutputs.write(accountDirectory, instance.region(), state.outputs(), instanceMasker);
                first = first == null ? file : first;
                out.info(who + ": outputs of " + state.stackName() + " (" + state.status() + ") written to " + file);
            }
        } finally {
            sessions.values().forEach(AwsSession::close);
        }
        int read = instances.size() - unreadable;
        context.out().info("Outputs of stack set " + name + ": " + read + " of " + instances.size() + " instance(s) read"
                + (read == 0 ? "" : ", written to " + directory.resolve("<account>/outputs.<region>.json") + "; Maven properties "
                        + PropertyNames.OUTPUT_PROPERTY_PREFIX + "<account>.<region>.<Key> are set") + ".");
        if (read == 0) {
            throw new UserException("No outputs of stack set " + name + " could be read: " + (instances.isEmpty()
                    ? "it has no instances; deploy it first: mvn collab-infra:deploy -Denv=" + base.environmentName()
                    : "every instance's stack is out of reach of these credentials (see the warnings above)."));
        }
        return new Outputs(first, properties);
    }
}
