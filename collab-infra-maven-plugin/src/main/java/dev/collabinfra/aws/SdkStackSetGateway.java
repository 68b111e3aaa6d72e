package dev.collabinfra.aws;

import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.ThrottledException;
import dev.collabinfra.deploy.stackset.StackSetDefinition;
import dev.collabinfra.deploy.stackset.StackSetGateway;
import dev.collabinfra.deploy.stackset.StackSetTargets;
import dev.collabinfra.environment.OperationPreferences;
import dev.collabinfra.environment.StackSetTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DeploymentTargets;
import software.amazon.awssdk.services.cloudformation.model.ListStackInstancesResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationResultsResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationPreferences;
import software.amazon.awssdk.services.cloudformation.model.Tag;

/**
 * {@link StackSetGateway} over the SDK's {@link CloudFormationClient} (the client of the stack
 * set's administration region). Calls CloudFormation keeps throttling after the client's own
 * retries are retried here with a growing pause (operations carry their own ids, so a retry is the
 * same operation); the operation polls back off themselves.
 */
public final class SdkStackSetGateway implements StackSetGateway {

    private static final int MAX_THROTTLE_RETRIES = 6;

    private final CloudFormationClient client;
    private final Sleeper sleeper;
    private final String where;

    /** @param where the region and endpoint in words, for error messages */
    public SdkStackSetGateway(CloudFormationClient client, Sleeper sleeper, String where) {
        this.client = client;
        this.sleeper = sleeper;
        this.where = where;
    }

    @Override
    public Optional<StackSetState> describeStackSet(String name) {
        try {
            var set = retrying("DescribeStackSet", () -> client.describeStackSet(r -> r.stackSetName(name)).stackSet());
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            set.parameters().forEach(p -> values.put(p.parameterKey(), p.parameterValue()));
            return Optional.of(new StackSetState(set.stackSetName(), set.stackSetId(), set.statusAsString(), set.permissionModelAsString(),
                    set.templateBody(), values));
        } catch (UserException e) {
            if (e.getCause() instanceof StackSetNotFoundException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public String createStackSet(StackSetDefinition d) {
        StackSetTarget t = d.target();
        return retrying("CreateStackSet", () -> client.createStackSet(r -> {
            r.stackSetName(d.name()).description(d.description()).parameters(parameters(d)).capabilitiesWithStrings(d.capabilities())
                    .tags(tags(d)).permissionModel(t.permissionModel());
            template(d, r::templateBody, r::templateURL);
            if (t.serviceManaged()) {
                r.autoDeployment(a -> a.enabled(t.autoDeployment()).retainStacksOnAccountRemoval(
                        t.autoDeployment() ? t.retainStacksOnAccountRemoval() : null));
            } else {
                r.administrationRoleARN(t.administrationRoleArn()).executionRoleName(t.executionRoleName());
            }
        }).stackSetId());
    }

    @Override
    public String updateStackSet(StackSetDefinition d, StackSetTargets targets, OperationPreferences preferences, String operationId) {
        StackSetTarget t = d.target();
        return retrying("UpdateStackSet", () -> client.updateStackSet(r -> {
            r.stackSetName(d.name()).description(d.description()).parameters(parameters(d)).capabilitiesWithStrings(d.capabilities())
                    .tags(tags(d)).operationPreferences(preferences(preferences)).operationId(operationId);
            template(d, r::templateBody, r::templateURL);
            if (!t.serviceManaged()) {
                r.administrationRoleARN(t.administrationRoleArn()).executionRoleName(t.executionRoleName());
            }
            if (targets != null) {
                r.regions(targets.regions());
                if (t.serviceManaged()) {
                    r.deploymentTargets(deploymentTargets(targets));
                } else {
                    r.accounts(targets.accounts());
                }
            }
        }).operationId());
    }

    @Override
    public String createStackInstances(String name, StackSetTargets targets, java.util.Map<String, String> overrides,
            OperationPreferences preferences, String operationId) {
        return retrying("CreateStackInstances", () -> client.createStackInstances(r -> {
            r.stackSetName(name).regions(targets.regions()).operationPreferences(preferences(preferences)).operationId(operationId);
            if (!overrides.isEmpty()) {
                r.parameterOverrides(parameters(overrides));
            }
            if (targets.organizationalUnits().isEmpty()) {
                r.accounts(targets.accounts());
            } else {
                r.deploymentTargets(deploymentTargets(targets));
            }
        }).operationId());
    }

    @Override
    public String updateStackInstances(String name, StackSetTargets targets, java.util.Map<String, String> overrides,
            OperationPreferences preferences, String operationId) {
        return retrying("UpdateStackInstances", () -> client.updateStackInstances(r -> {
            // Always a list, an empty one too: that sets every override back to the stack set's value.
            r.stackSetName(name).regions(targets.regions()).operationPreferences(preferences(preferences)).operationId(operationId)
                    .parameterOverrides(parameters(overrides));
            if (targets.organizationalUnits().isEmpty()) {
                r.accounts(targets.accounts());
            } else {
                r.deploymentTargets(deploymentTargets(targets));
            }
        }).operationId());
    }

    @Override
    public java.util.Map<String, String> instanceOverrides(String name, String account, String region) {
        var instance = retrying("DescribeStackInstance", () -> client.describeStackInstance(r -> r.stackSetName(name)
                .stackInstanceAccount(account).stackInstanceRegion(region)).stackInstance());
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        instance.parameterOverrides().forEach(p -> values.put(p.parameterKey(), p.parameterValue()));
        return values;
    }

    @Override
    public String deleteStackInstances(String name, StackSetTargets targets, OperationPreferences preferences, String operationId) {
        return retrying("DeleteStackInstances", () -> client.deleteStackInstances(r -> {
            r.stackSetName(name).regions(targets.regions()).operationPreferences(preferences(preferences)).operationId(operationId)
                    .retainStacks(false);
            if (targets.organizationalUnits().isEmpty()) {
                r.accounts(targets.accounts());
            } else {
                r.deploymentTargets(deploymentTargets(targets));
            }
        }).operationId());
    }

    @Override
    public void deleteStackSet(String name) {
        retrying("DeleteStackSet", () -> client.deleteStackSet(r -> r.stackSetName(name)));
    }

    @Override
    public List<StackInstance> listStackInstances(String name) {
        List<StackInstance> out = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListStackInstancesResponse page = retrying("ListStackInstances", () -> client.listStackInstances(r -> r.stackSetName(name).nextToken(next)));
            page.summaries().forEach(s -> out.add(new StackInstance(s.account(), s.region(), s.organizationalUnitId(), s.statusAsString(),
                    s.stackInstanceStatus() == null ? null : s.stackInstanceStatus().detailedStatusAsString(), s.statusReason(), s.stackId())));
            token = page.nextToken();
        } while (token != null);
        return out;
    }

    @Override
    public StackSetOperation describeOperation(String name, String operationId) {
        var op = once("DescribeStackSetOperation", () -> client.describeStackSetOperation(r -> r.stackSetName(name).operationId(operationId))
                .stackSetOperation());
        return new StackSetOperation(op.operationId(), op.actionAsString(), op.statusAsString(), op.statusReason());
    }

    @Override
    public List<InstanceResult> operationResults(String name, String operationId) {
        List<InstanceResult> out = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListStackSetOperationResultsResponse page = once("ListStackSetOperationResults", () -> client.listStackSetOperationResults(
                    r -> r.stackSetName(name).operationId(operationId).nextToken(next)));
            page.summaries().forEach(s -> out.add(new InstanceResult(s.account(), s.region(), s.statusAsString(), s.statusReason())));
            token = page.nextToken();
        } while (token != null);
        return out;
    }

    private static List<Parameter> parameters(StackSetDefinition d) {
        return parameters(d.parameters());
    }

    private static List<Parameter> parameters(java.util.Map<String, String> values) {
        return values.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> Parameter.builder().parameterKey(e.getKey()).parameterValue(e.getValue()).build()).toList();
    }

    private static List<Tag> tags(StackSetDefinition d) {
        return d.tags().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    }

    private static void template(StackSetDefinition d, java.util.function.Consumer<String> body, java.util.function.Consumer<String> url) {
        if (d.templateUrl() != null) {
            url.accept(d.templateUrl());
        } else {
            body.accept(d.templateBody());
        }
    }

    private static DeploymentTargets deploymentTargets(StackSetTargets targets) {
        return DeploymentTargets.builder().organizationalUnitIds(targets.organizationalUnits()).build();
    }

    private static StackSetOperationPreferences preferences(OperationPreferences p) {
        return StackSetOperationPreferences.builder().regionOrder(p.regionOrder().isEmpty() ? null : p.regionOrder())
                .maxConcurrentCount(p.maxConcurrentCount()).maxConcurrentPercentage(p.maxConcurrentPercentage())
                .failureToleranceCount(p.failureToleranceCount()).failureTolerancePercentage(p.failureTolerancePercentage())
                .regionConcurrencyType(p.regionConcurrencyType()).concurrencyMode(p.concurrencyMode()).build();
    }

    /** One call; throttling is left to the caller's poller. */
    private <T> T once(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw AwsErrors.map(operation, e, where);
        }
    }

    private <T> T retrying(String operation, Supplier<T> call) {
        Duration pause = Duration.ofMillis(500);
        for (int attempt = 0; ; attempt++) {
            try {
                return once(operation, call);
            } catch (ThrottledException e) {
                if (attempt >= MAX_THROTTLE_RETRIES) {
                    throw new UserException("CloudFormation kept throttling " + operation + " after " + (attempt + 1)
                            + " tries; try again later or raise your API limits.", e);
                }
                try {
                    sleeper.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = pause.multipliedBy(2);
            }
        }
    }
}
