package dev.collabinfra.testendpoint;

import java.util.List;
import java.util.function.Consumer;

/** CreateChangeSet, DescribeChangeSet, ExecuteChangeSet, DeleteChangeSet and ListChangeSets. */
final class ChangeSetActions {

    static final String EMPTY_REASON = "The submitted information didn't contain changes. "
            + "Submit different information to create a change set.";

    private final Backend backend;
    private final StackStore store;

    ChangeSetActions(Backend backend) {
        this.backend = backend;
        this.store = backend.store;
    }

    Consumer<Xml> createChangeSet(QueryRequest request) {
        String stackName = request.require("StackName");
        String name = request.require("ChangeSetName");
        Backend.checkName(name, "changeSetName");
        String type = request.getOrDefault("ChangeSetType", "UPDATE");
        if (!type.equals("CREATE") && !type.equals("UPDATE")) {
            throw CfnError.validation("The local endpoint supports ChangeSetType CREATE and UPDATE, not " + type);
        }
        Stack existing = store.find(stackName).orElse(null);
        if (type.equals("UPDATE")) {
            if (existing == null) {
                throw CfnError.validation("Stack [" + stackName + "] does not exist");
            }
            synchronized (store) {
                Backend.checkUpdatable(existing);
            }
        } else if (existing != null && !existing.status.equals("REVIEW_IN_PROGRESS")) {
            throw CfnError.validation("Stack [" + stackName + "] already exists and cannot be created again with the "
                    + "changeSet [" + name + "].");
        } else {
            Backend.checkName(stackName, "stackName");
        }
        Stack.Config config = backend.config(request, existing == null || type.equals("CREATE") ? null : existing.config);
        synchronized (store) {
            Stack stack = existing;
            if (stack == null) {
                stack = store.newStack(stackName, request.region(), null, null);
                stack.config = config;
                store.stackStatus(stack, "REVIEW_IN_PROGRESS", "User Initiated");
            }
            Stack target = stack;
            if (store.findChangeSet(name, target).isPresent()) {
                throw CfnError.alreadyExists("ChangeSet [" + name + "] already exists");
            }
            boolean nested = request.flag("IncludeNestedStacks", false);
            ChangeSet changeSet = new ChangeSet(store.newChangeSetId(target, name), name, target, type, config,
                    request.get("Description"), nested, null, null, store.now());
            store.addChangeSet(changeSet);
            backend.engine.worker.execute(() -> {
                synchronized (store) {
                    changeSet.status = "CREATE_IN_PROGRESS";
                }
                backend.engine.later(() -> plan(target, changeSet));
            });
            return xml -> xml.leaf("Id", changeSet.id).leaf("StackId", target.id);
        }
    }

    private void plan(Stack stack, ChangeSet changeSet) {
        try {
            ChangeSetPlanner.Plan plan = backend.planner.plan(stack, changeSet.config,
                    changeSet.includeNestedStacks ? nestedCreator(changeSet) : null);
            changeSet.changes = plan.changes();
            if (plan.empty() && changeSet.type.equals("UPDATE") && !backend.engine.compatibility.completeEmptyChangeSets()) {
                changeSet.status = "FAILED";
                changeSet.statusReason = EMPTY_REASON;
                return;
            }
            changeSet.status = "CREATE_COMPLETE";
            changeSet.executionStatus = "AVAILABLE";
        } catch (CfnError e) {
            changeSet.status = "FAILED";
            changeSet.statusReason = e.getMessage();
        }
    }

    /** Nested change sets, one per added or changed nested stack, created complete with the parent's plan. */
    private ChangeSetPlanner.NestedChangeSets nestedCreator(ChangeSet parent) {
        return new ChangeSetPlanner.NestedChangeSets() {
            @Override
            public String update(Stack child, Stack.Config childConfig) {
                return nestedChangeSet(parent, child, "UPDATE", childConfig);
            }

            @Override
            public String create(Stack parentStack, String logicalId, Stack.Config childConfig) {
                String name = StackEngine.childName(parentStack, logicalId, 0);
                Stack child = store.find(name).filter(s -> s.status.equals("REVIEW_IN_PROGRESS")).orElseGet(() -> {
                    Stack made = store.newStack(name, parentStack.region, parentStack.id,
                            parentStack.rootId == null ? parentStack.id : parentStack.rootId);
                    store.stackStatus(made, "REVIEW_IN_PROGRESS", "User Initiated");
                    return made;
                });
                child.config = childConfig;
                return nestedChangeSet(parent, child, "CREATE", childConfig);
            }
        };
    }

    private String nestedChangeSet(ChangeSet parent, Stack child, String type, Stack.Config childConfig) {
        String name = parent.name + "-" + StackStore.suffix(parent.id + child.id);
        String root = parent.rootChangeSetId == null ? parent.id : parent.rootChangeSetId;
        ChangeSet nested = new ChangeSet(store.newChangeSetId(child, name), name, child, type, childConfig,
                null, true, parent.id, root, store.now());
        nested.changes = backend.planner.plan(child, childConfig, nestedCreator(nested)).changes();
        nested.status = "CREATE_COMPLETE";
        nested.executionStatus = "AVAILABLE";
        store.addChangeSet(nested);
        return nested.id;
    }

    private ChangeSet find(QueryRequest request) {
        backend.engine.compatibility.checkChangeSetCall(request);
        String name = request.require("ChangeSetName");
        Stack stack = request.get("StackName") == null ? null : store.find(request.get("StackName")).orElse(null);
        if (!name.startsWith("arn:") && stack == null) {
            throw CfnError.changeSetNotFound(name);
        }
        return store.findChangeSet(name, stack).orElseThrow(() -> CfnError.changeSetNotFound(name));
    }

    Consumer<Xml> describeChangeSet(QueryRequest request) {
        synchronized (store) {
            ChangeSet changeSet = find(request);
            String page = StackActions.pageOf(xml -> {
                xml.leaf("ChangeSetName", changeSet.name)
                        .leaf("ChangeSetId", changeSet.id)
                        .leaf("StackId", changeSet.stackId)
                        .leaf("StackName", changeSet.stackName)
                        .leaf("Description", changeSet.description);
                Shapes.parameters(xml, changeSet.config.parameters, Parameters.noEcho(changeSet.config.template.template()));
                xml.leaf("CreationTime", changeSet.created)
                        .leaf("ExecutionStatus", changeSet.executionStatus)
                        .leaf("Status", changeSet.status)
                        .leaf("StatusReason", changeSet.statusReason)
                        .strings("NotificationARNs", changeSet.config.notificationArns)
                        .open("RollbackConfiguration").close("RollbackConfiguration")
                        .strings("Capabilities", changeSet.config.capabilities);
                Shapes.tags(xml, changeSet.config.tags);
                backend.page(xml, "Changes", backend.engine.compatibility.listedChanges(changeSet.changes), request.get("NextToken"),
                        Shapes::change);
                xml.leaf("IncludeNestedStacks", changeSet.includeNestedStacks)
                        .leaf("ParentChangeSetId", changeSet.parentChangeSetId)
                        .leaf("RootChangeSetId", changeSet.rootChangeSetId);
            });
            return xml -> xml.raw(page);
        }
    }

    Consumer<Xml> executeChangeSet(QueryRequest request) {
        synchronized (store) {
            ChangeSet changeSet = find(request);
            if (!changeSet.executionStatus.equals("AVAILABLE")) {
                throw CfnError.invalidChangeSetStatus("ChangeSet [" + changeSet.id
                        + "] cannot be executed in its current status of [" + changeSet.status + "]");
            }
            if (changeSet.parentChangeSetId != null) {
                throw CfnError.invalidChangeSetStatus("ChangeSet [" + changeSet.id
                        + "] is a nested change set; execute its root change set " + changeSet.rootChangeSetId);
            }
            Stack stack = store.byId(changeSet.stackId).orElseThrow();
            for (ChangeSet other : store.changeSetsOf(stack)) {
                if (other != changeSet) {
                    store.removeChangeSet(other);
                }
            }
            List<ChangeSet> executing = new java.util.ArrayList<>(List.of(changeSet));
            store.allStacks().forEach(s -> store.changeSetsOf(s).stream()
                    .filter(c -> changeSet.id.equals(c.rootChangeSetId)).forEach(executing::add));
            executing.forEach(c -> c.executionStatus = "EXECUTE_IN_PROGRESS");
            stack.changeSetId = changeSet.id;
            Consumer<Boolean> finished = ok -> {
                synchronized (store) {
                    executing.forEach(c -> c.executionStatus = ok ? "EXECUTE_COMPLETE" : "EXECUTE_FAILED");
                }
            };
            if (changeSet.type.equals("CREATE")) {
                stack.config = changeSet.config;
                stack.disableRollback = request.flag("DisableRollback", false);
                stack.status = "CREATE_IN_PROGRESS";
                backend.engine.create(stack, finished);
            } else {
                Backend.checkUpdatable(stack);
                stack.status = "UPDATE_IN_PROGRESS";
                backend.updater.update(stack, changeSet.config, finished);
            }
            return xml -> { };
        }
    }

    Consumer<Xml> deleteChangeSet(QueryRequest request) {
        synchronized (store) {
            ChangeSet changeSet = find(request);
            if (changeSet.executionStatus.equals("EXECUTE_IN_PROGRESS")) {
                throw CfnError.invalidChangeSetStatus("Cannot delete ChangeSet [" + changeSet.id
                        + "] while it is in EXECUTE_IN_PROGRESS");
            }
            store.removeChangeSet(changeSet);
            store.allStacks().forEach(s -> store.changeSetsOf(s).stream()
                    .filter(c -> changeSet.id.equals(c.rootChangeSetId)).toList().forEach(store::removeChangeSet));
            return xml -> { };
        }
    }

    Consumer<Xml> listChangeSets(QueryRequest request) {
        synchronized (store) {
            Stack stack = backend.stack(request.require("StackName"));
            List<ChangeSet> changeSets = store.changeSetsOf(stack);
            String page = StackActions.pageOf(xml -> backend.page(xml, "Summaries", changeSets, request.get("NextToken"),
                    Shapes::changeSetSummary));
            return xml -> xml.raw(page);
        }
    }
}
