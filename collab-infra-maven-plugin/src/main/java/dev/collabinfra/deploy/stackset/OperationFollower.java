package dev.collabinfra.deploy.stackset;

import dev.collabinfra.core.Backoff;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.StillRunningException;
import dev.collabinfra.deploy.ThrottledException;
import dev.collabinfra.deploy.stackset.StackSetGateway.InstanceResult;
import dev.collabinfra.deploy.stackset.StackSetGateway.StackSetOperation;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows one stack set operation to its end: polls it (from 250 ms, backing off to 2 s, longer
 * while throttled), prints each account and region as its result changes, and when it ended, one
 * line per account and region with status and reason. A failed operation is a
 * {@link UserException} naming every failed instance and why.
 */
final class OperationFollower {

    private final StackSetContext context;

    OperationFollower(StackSetContext context) {
        this.context = context;
    }

    /** @return the per-instance results of the operation, which SUCCEEDED */
    List<InstanceResult> follow(String stackSet, String operationId, String what, Instant deadline, String hint)
            throws InterruptedException {
        StackSetGateway gateway = context.gateway();
        Map<String, String> shown = new HashMap<>();
        Duration pause = Backoff.STACK_SET_OPERATION.first();
        StackSetOperation operation;
        while (true) {
            try {
                operation = gateway.describeOperation(stackSet, operationId);
                show(gateway.operationResults(stackSet, operationId), shown);
                if (operation.done()) {
                    break;
                }
                pause = Backoff.STACK_SET_OPERATION.calm(pause);
            } catch (ThrottledException e) {
                pause = Backoff.STACK_SET_OPERATION.throttled(pause);
            }
            if (context.clock().instant().isAfter(deadline)) {
                throw new StillRunningException("Stopped waiting for " + what + " of stack set " + stackSet + " (operation "
                        + operationId + ") after the timeout; it is still running. " + hint);
            }
            context.sleeper().sleep(pause);
        }
        List<InstanceResult> results = gateway.operationResults(stackSet, operationId);
        show(results, shown);
        if (!operation.status().equals("SUCCEEDED")) {
            List<InstanceResult> failed = results.stream().filter(r -> !r.status().equals("SUCCEEDED")).toList();
            StringBuilder message = new StringBuilder(what + " of stack set " + stackSet + " " + operation.status()
                    + (operation.reason() == null ? "" : " (" + operation.reason() + ")") + ":");
            for (InstanceResult r : failed) {
                message.append("\n  - ").append(r.account()).append('/').append(r.region()).append(": ").append(r.status())
                        .append(r.reason() == null ? "" : " - " + r.reason());
            }
            message.append("\nFix the cause in the failed accounts and regions, then deploy again (the instances that succeeded stay).");
            throw new UserException(message.toString());
        }
        context.listener().info(what + " of stack set " + stackSet + " SUCCEEDED in " + results.size() + " account/region pair(s).");
        return results;
    }

    private void show(List<InstanceResult> results, Map<String, String> shown) {
        for (InstanceResult r : results) {
            String key = r.account() + "/" + r.region();
            String line = r.status() + (r.reason() == null ? "" : " - " + r.reason());
            if (!line.equals(shown.put(key, line)) && !r.status().equals("PENDING")) {
                String text = "[" + r.region() + "] account " + r.account() + ": " + line;
                if (r.status().equals("FAILED")) {
                    context.listener().error(text);
                } else if (r.status().equals("CANCELLED")) {
                    context.listener().warn(text);
                } else {
                    context.listener().info(text);
                }
            }
        }
    }
}
