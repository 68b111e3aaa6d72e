package dev.collabinfra.testendpoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** The stack operations: create, update, delete, describe, events, resources, protection, cancel, continue. */
final class StackActions {

    private final Backend backend;
    private final StackStore store;

    StackActions(Backend backend) {
        this.backend = backend;
        this.store = backend.store;
    }

    Consumer<Xml> createStack(QueryRequest request) {
        String name = request.require("StackName");
        Backend.checkName(name, "stackName");
        Stack.Config config = backend.config(request, null);
        synchronized (store) {
            if (store.find(name).isPresent()) {
                throw CfnError.alreadyExists("Stack [" + name + "] already exists");
            }
            Stack stack = store.newStack(name, request.region(), null, null);
            stack.config = config;
            String onFailure = request.getOrDefault("OnFailure", "ROLLBACK");
            stack.disableRollback = request.flag("DisableRollback", false) || onFailure.equals("DO_NOTHING");
            stack.deleteOnFailure = onFailure.equals("DELETE");
            stack.terminationProtection = request.flag("EnableTerminationProtection", false);
            stack.timeoutInMinutes = request.get("TimeoutInMinutes") == null ? null
                    : Integer.valueOf(request.get("TimeoutInMinutes"));
            stack.status = "CREATE_IN_PROGRESS";
            backend.engine.create(stack, ok -> { });
            return xml -> xml.leaf("StackId", stack.id);
        }
    }

    Consumer<Xml> updateStack(QueryRequest request) {
        Stack stack = backend.stack(request.require("StackName"));
        synchronized (store) {
            Backend.checkUpdatable(stack);
        }
        Stack.Config config = backend.config(request, stack.config);
        synchronized (store) {
            Backend.checkUpdatable(stack);
            if (backend.planner.plan(stack, config, null).empty() && !backend.engine.compatibility.acceptNoOpUpdateStack()) {
                throw CfnError.validation("No updates are to be performed.");
            }
            stack.status = "UPDATE_IN_PROGRESS";
            backend.updater.update(stack, config, ok -> { });
            return xml -> xml.leaf("StackId", stack.id);
        }
    }

    Consumer<Xml> deleteStack(QueryRequest request) {
        String name = request.require("StackName");
        synchronized (store) {
            Stack stack = store.find(name).orElse(null);
            if (stack == null || stack.isDeleted() || stack.status.equals("DELETE_IN_PROGRESS")) {
                return xml -> { };
            }
            if (stack.terminationProtection) {
                throw CfnError.validation("Stack [" + stack.name
                        + "] cannot be deleted while TerminationProtection is enabled");
            }
            if (stack.parentId != null) {
                throw CfnError.validation("Stack [" + stack.name + "] is a nested stack; delete its root stack instead");
            }
            if (stack.inProgress() && !stack.status.equals("REVIEW_IN_PROGRESS")) {
                throw CfnError.validation("Stack [" + stack.name + "] cannot be deleted while in status " + stack.status);
            }
            stack.status = "DELETE_IN_PROGRESS";
            backend.engine.delete(stack, ok -> { });
            return xml -> { };
        }
    }

    Consumer<Xml> describeStacks(QueryRequest request) {
        String name = request.get("StackName");
        synchronized (store) {
            List<Stack> stacks = name == null ? store.liveStacks() : List.of(backend.stack(name));
            String page = pageOf(xml -> backend.page(xml, "Stacks", stacks, request.get("NextToken"),
                    (x, s) -> Shapes.stack(x, s, backend.engine.compatibility)));
            return xml -> xml.raw(page);
        }
    }

    Consumer<Xml> describeStackEvents(QueryRequest request) {
        synchronized (store) {
            Stack stack = backend.stack(request.require("StackName"));
            List<StackEvent> events = new ArrayList<>(stack.events);
            Collections.reverse(events);
            String page = pageOf(xml -> backend.page(xml, "StackEvents", events, request.get("NextToken"), Shapes::event));
            return xml -> xml.raw(page);
        }
    }

    Consumer<Xml> describeStackResources(QueryRequest request) {
        synchronized (store) {
            String physicalId = request.get("PhysicalResourceId");
            Stack stack = physicalId != null && request.get("StackName") == null
                    ? store.allStacks().stream().filter(s -> s.resources.values().stream()
                            .anyMatch(r -> physicalId.equals(r.physicalId))).findFirst()
                            .orElseThrow(() -> CfnError.validation("Stack for " + physicalId + " does not exist"))
                    : backend.stack(request.require("StackName"));
            String logicalId = request.get("LogicalResourceId");
            List<ResourceState> resources = stack.resources.values().stream()
                    .filter(r -> logicalId == null || r.logicalId.equals(logicalId)).toList();
            String page = pageOf(xml -> xml.members("StackResources", resources, (x, r) -> Shapes.resource(x, stack, r)));
            return xml -> xml.raw(page);
        }
    }

    Consumer<Xml> listStackResources(QueryRequest request) {
        synchronized (store) {
            Stack stack = backend.stack(request.require("StackName"));
            List<ResourceState> resources = new ArrayList<>(stack.resources.values());
            String page = pageOf(xml -> backend.page(xml, "StackResourceSummaries", resources, request.get("NextToken"),
                    Shapes::resourceSummary));
            return xml -> xml.raw(page);
        }
    }

    Consumer<Xml> updateTerminationProtection(QueryRequest request) {
        boolean enable = Boolean.parseBoolean(request.require("EnableTerminationProtection"));
        synchronized (store) {
            Stack stack = backend.stack(request.require("StackName"));
            if (stack.parentId != null) {
                throw CfnError.validation("Termination protection cannot be changed on a nested stack: " + stack.name);
            }
            stack.terminationProtection = enable;
            return xml -> xml.leaf("StackId", stack.id);
        }
    }

    Consumer<Xml> cancelUpdateStack(QueryRequest request) {
        synchronized (store) {
            Stack stack = backend.stack(request.require("StackName"));
            if (!stack.status.equals("UPDATE_IN_PROGRESS")) {
                throw CfnError.validation("CancelUpdateStack cannot be called from current stack status");
            }
            backend.updater.cancel(stack);
            return xml -> { };
        }
    }

    Consumer<Xml> continueUpdateRollback(QueryRequest request) {
        synchronized (store) {
            Stack stack = backend.stack(request.require("StackName"));
            if (!stack.status.equals("UPDATE_ROLLBACK_FAILED") || stack.activeUpdate == null) {
                throw CfnError.validation("Stack " + stack.id + " is in " + stack.status
                        + " state and can not continue update rollback.");
            }
            stack.status = "UPDATE_ROLLBACK_IN_PROGRESS";
            backend.updater.rollback(stack, stack.activeUpdate, true, ok -> { });
            return xml -> { };
        }
    }

    /** Renders now, under the lock, so the response shows one consistent moment. */
    static String pageOf(Consumer<Xml> writer) {
        Xml xml = new Xml();
        writer.accept(xml);
        return xml.toString();
    }
}
