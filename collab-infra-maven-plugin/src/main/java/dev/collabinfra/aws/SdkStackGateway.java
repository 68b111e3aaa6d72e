package dev.collabinfra.aws;

import dev.collabinfra.deploy.ChangeDetail;
import dev.collabinfra.deploy.ChangeSetRequest;
import dev.collabinfra.deploy.ChangeSetStatus;
import dev.collabinfra.deploy.ConnectionLostException;
import dev.collabinfra.deploy.PlannedChange;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.StackEvent;
import dev.collabinfra.deploy.StackGateway;
import dev.collabinfra.deploy.StackOutput;
import dev.collabinfra.deploy.StackResourceSummary;
import dev.collabinfra.deploy.StackState;
import dev.collabinfra.core.Backoff;
import dev.collabinfra.deploy.ThrottledException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.RollbackTrigger;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.Tag;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;

/**
 * {@link StackGateway} over the SDK's {@link CloudFormationClient}; the only deploy code that knows
 * the SDK. Calls that CloudFormation keeps throttling after the client's own retries are retried here
 * with a growing pause (mutating calls carry client request tokens, so a retry cannot do the work
 * twice), except {@code DescribeStackEvents} and the change-set status, whose pollers back off
 * themselves.
 */
public final class SdkStackGateway implements StackGateway {

    private static final int MAX_NESTING = 5;
    private static final int MAX_EVENT_PAGES = 10;

    private final CloudFormationClient client;
    private final Sleeper sleeper;
    private final String where;

    /**
     * @param where the region and endpoint in words, for error messages
     */
    public SdkStackGateway(CloudFormationClient client, Sleeper sleeper, String where) {
        this.client = client;
        this.sleeper = sleeper;
        this.where = where;
    }

    @Override
    public Optional<StackState> describeStack(String stackNameOrId) {
        try {
            return retrying("DescribeStacks", () -> client.describeStacks(r -> r.stackName(stackNameOrId)).stacks().stream()
                    .findFirst().map(SdkStackGateway::toState));
        } catch (dev.collabinfra.core.UserException e) {
            if (e.getCause() instanceof AwsServiceException service && isNotFound(service)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public String getOriginalTemplate(String stackNameOrId) {
        return retrying("GetTemplate", () -> client.getTemplate(r -> r.stackName(stackNameOrId).templateStage(TemplateStage.ORIGINAL))
                .templateBody());
    }

    @Override
    public ChangeSetStatus createChangeSet(ChangeSetRequest request) {
        List<Parameter> parameters = request.parameters().stream()
                .map(p -> p.usePreviousValue()
                        ? Parameter.builder().parameterKey(p.key()).usePreviousValue(true).build()
                        : Parameter.builder().parameterKey(p.key()).parameterValue(p.value()).build())
                .toList();
        List<Tag> tags = request.tags().entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
        CreateChangeSetResponse response = retrying("CreateChangeSet", () -> client.createChangeSet(r -> {
            r.stackName(request.stackName())
                    .changeSetName(request.changeSetName())
                    .changeSetType(request.create() ? ChangeSetType.CREATE : ChangeSetType.UPDATE)
                    .parameters(parameters)
                    .tags(tags)
                    .capabilitiesWithStrings(request.capabilities())
                    .includeNestedStacks(true)
                    .clientToken(request.clientToken())
                    .description(request.description());
            if (request.templateBody() != null) {
                r.templateBody(request.templateBody());
            } else {
                r.templateURL(request.templateUrl());
            }
            if (request.roleArn() != null) {
                r.roleARN(request.roleArn());
            }
            if (!request.notificationArns().isEmpty()) {
                r.notificationARNs(request.notificationArns());
            }
            if (request.rollback() != null && !request.rollback().isEmpty()) {
                r.rollbackConfiguration(c -> c
                        .rollbackTriggers(request.rollback().triggers().stream()
                                .map(t -> RollbackTrigger.builder().arn(t.arn()).type(t.type()).build()).toList())
                        .monitoringTimeInMinutes(request.rollback().monitoringMinutes()));
            }
        }));
        return new ChangeSetStatus(response.id(), request.changeSetName(), response.stackId(), "CREATE_PENDING", null, "UNAVAILABLE");
    }

    @Override
    public ChangeSetStatus changeSetStatus(String stackName, String changeSetId) {
        DescribeChangeSetResponse response = once("DescribeChangeSet",
                () -> client.describeChangeSet(r -> r.stackName(stackName).changeSetName(changeSetId)));
        return toStatus(response);
    }

    @Override
    public Optional<ChangeSetStatus> findChangeSet(String stackName, String changeSetName) {
        try {
            return Optional.of(toStatus(retrying("DescribeChangeSet",
                    () -> client.describeChangeSet(r -> r.stackName(stackName).changeSetName(changeSetName)))));
        } catch (dev.collabinfra.core.UserException e) {
            if (e.getCause() instanceof AwsServiceException service
                    && ("ChangeSetNotFound".equals(service.awsErrorDetails().errorCode()) || isNotFound(service))) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<PlannedChange> describeChangeSet(String stackName, String changeSetId) {
        List<PlannedChange> changes = new ArrayList<>();
        collectChanges(stackName, changeSetId, List.of(), changes, 0);
        return changes;
    }

    /** @param stackName the stack's name or id; null for a nested stack that does not exist yet (the ARN alone then) */
    private void collectChanges(String stackName, String changeSetId, List<String> path, List<PlannedChange> into, int depth) {
        String token = null;
        do {
            String page = token;
            DescribeChangeSetResponse response = retrying("DescribeChangeSet",
                    () -> client.describeChangeSet(r -> r.stackName(stackName).changeSetName(changeSetId).nextToken(page)));
            for (Change change : response.changes()) {
                ResourceChange rc = change.resourceChange();
                if (rc == null) {
                    continue;
                }
                List<ChangeDetail> details = rc.details().stream().map(d -> new ChangeDetail(
                        d.target() == null ? null : d.target().attributeAsString(), d.target() == null ? null : d.target().name(),
                        d.target() == null ? null : d.target().requiresRecreationAsString(), d.evaluationAsString(),
                        d.changeSourceAsString(), d.causingEntity())).toList();
                into.add(new PlannedChange(rc.actionAsString(), rc.logicalResourceId(), rc.physicalResourceId(), rc.resourceType(),
                        rc.replacementAsString(), path, response.stackId(), details));
                if (rc.changeSetId() != null && !rc.changeSetId().isEmpty() && depth < MAX_NESTING) {
                    List<String> nested = new ArrayList<>(path);
                    nested.add(rc.logicalResourceId());
                    // An existing nested stack's id is its physical id; a nested stack still to be made has none.
                    String nestedStack = rc.physicalResourceId() == null || rc.physicalResourceId().isEmpty() ? null : rc.physicalResourceId();
                    collectChanges(nestedStack, rc.changeSetId(), nested, into, depth + 1);
                }
            }
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
    }

    @Override
    public void executeChangeSet(String stackName, String changeSetId, String clientToken) {
        retrying("ExecuteChangeSet", () -> client.executeChangeSet(r -> r.stackName(stackName).changeSetName(changeSetId)
                .clientRequestToken(clientToken)));
    }

    @Override
    public void deleteChangeSet(String stackName, String changeSetId) {
        retrying("DeleteChangeSet", () -> client.deleteChangeSet(r -> r.stackName(stackName).changeSetName(changeSetId)));
    }

    @Override
    public void deleteStack(String stackId, String clientToken) {
        retrying("DeleteStack", () -> client.deleteStack(r -> r.stackName(stackId).clientRequestToken(clientToken)));
    }

    @Override
    public List<StackEvent> describeStackEvents(String stackId, String sinceEventId) {
        return events(stackId, sinceEventId, null);
    }

    @Override
    public List<StackEvent> describeStackEventsFrom(String stackId, Instant notBefore) {
        return events(stackId, null, notBefore);
    }

    /**
     * Pages newest-first until the page that holds {@code sinceEventId} or an event older than
     * {@code notBefore}; with neither, only the newest page. Returns oldest first.
     */
    private List<StackEvent> events(String stackId, String sinceEventId, Instant notBefore) {
        List<StackEvent> newestFirst = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String page = token;
            DescribeStackEventsResponse response = once("DescribeStackEvents",
                    () -> client.describeStackEvents(r -> r.stackName(stackId).nextToken(page)));
            for (software.amazon.awssdk.services.cloudformation.model.StackEvent e : response.stackEvents()) {
                if (e.eventId().equals(sinceEventId) || notBefore != null && e.timestamp().isBefore(notBefore)) {
                    Collections.reverse(newestFirst);
                    return newestFirst;
                }
                newestFirst.add(new StackEvent(e.eventId(), e.stackId(), e.stackName(), e.logicalResourceId(), e.physicalResourceId(),
                        e.resourceType(), e.resourceStatusAsString(), e.resourceStatusReason(), e.timestamp()));
            }
            // Without a marker the newest page is enough; with one, stop at a sane depth should the
            // marker have aged out of the history.
            boolean marker = sinceEventId != null || notBefore != null;
            token = !marker || ++pages >= MAX_EVENT_PAGES ? null : response.nextToken();
        } while (token != null && !token.isEmpty());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public List<StackResourceSummary> listStackResources(String stackId) {
        List<StackResourceSummary> resources = new ArrayList<>();
        String token = null;
        do {
            String page = token;
            var response = retrying("ListStackResources", () -> client.listStackResources(r -> r.stackName(stackId).nextToken(page)));
            response.stackResourceSummaries().forEach(s -> resources.add(new StackResourceSummary(s.logicalResourceId(),
                    s.physicalResourceId(), s.resourceType(), s.resourceStatusAsString(), s.resourceStatusReason())));
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
        return resources;
    }

    @Override
    public void updateTerminationProtection(String stackId, boolean enabled) {
        retrying("UpdateTerminationProtection",
                () -> client.updateTerminationProtection(r -> r.stackName(stackId).enableTerminationProtection(enabled)));
    }

    @Override
    public void continueUpdateRollback(String stackId, String clientToken) {
        retrying("ContinueUpdateRollback", () -> client.continueUpdateRollback(r -> r.stackName(stackId).clientRequestToken(clientToken)));
    }

    private static StackState toState(Stack stack) {
        Map<String, String> parameters = new LinkedHashMap<>();
        // Some CloudFormation implementations show a parameter left to its default without a value: that says nothing.
        stack.parameters().stream().filter(p -> p.parameterValue() != null).forEach(p -> parameters.put(p.parameterKey(), p.parameterValue()));
        Map<String, String> tags = new LinkedHashMap<>();
        stack.tags().forEach(t -> tags.put(t.key(), t.value()));
        List<StackOutput> outputs = stack.outputs().stream()
                .map(o -> new StackOutput(o.outputKey(), o.outputValue(), o.description(), o.exportName()))
                .toList();
        return new StackState(stack.stackId(), stack.stackName(), stack.stackStatusAsString(), stack.stackStatusReason(), parameters, tags,
                outputs, Boolean.TRUE.equals(stack.enableTerminationProtection()), stack.roleARN(), stack.notificationARNs());
    }

    private static ChangeSetStatus toStatus(DescribeChangeSetResponse response) {
        return new ChangeSetStatus(response.changeSetId(), response.changeSetName(), response.stackId(), response.statusAsString(),
                response.statusReason(), response.executionStatusAsString());
    }

    private static boolean isNotFound(AwsServiceException e) {
        String message = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorMessage());
        return message.contains("does not exist");
    }

    /** One call; throttling and dropped connections are left to the caller's poller. */
    private <T> T once(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            RuntimeException mapped = AwsErrors.map(operation, e, where);
            if (e instanceof SdkClientException && isConnectionLoss(e)) {
                // Same words as any other caller gets; the type lets pollers back off and go on.
                throw new ConnectionLostException(mapped.getMessage(), e);
            }
            throw mapped;
        }
    }

    /** A broken or refused connection (not a name that does not resolve: that is a setting to fix). */
    private static boolean isConnectionLoss(Throwable e) {
        boolean io = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.UnknownHostException) {
                return false;
            }
            io |= t instanceof java.io.IOException;
        }
        return io;
    }

    /** A call retried while CloudFormation throttles it. */
    private <T> T retrying(String operation, Supplier<T> call) {
        Duration pause = Backoff.THROTTLED_CALL.first();
        for (int attempt = 0; ; attempt++) {
            try {
                return once(operation, call);
            } catch (ThrottledException e) {
                if (!Backoff.THROTTLED_CALL.mayRetry(attempt)) {
                    throw new dev.collabinfra.core.UserException("CloudFormation kept throttling " + operation + " after "
                            + (attempt + 1) + " tries; try again later or raise your API limits.", e);
                }
                try {
                    sleeper.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Backoff.THROTTLED_CALL.throttled(pause);
            }
        }
    }
}
