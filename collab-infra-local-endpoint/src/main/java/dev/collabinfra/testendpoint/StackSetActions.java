package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.StackSetStore.Instance;
import dev.collabinfra.testendpoint.StackSetStore.Operation;
import dev.collabinfra.testendpoint.StackSetStore.Preferences;
import dev.collabinfra.testendpoint.StackSetStore.Result;
import dev.collabinfra.testendpoint.StackSetStore.StackSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The StackSet operations: CreateStackSet, UpdateStackSet, DescribeStackSet, DeleteStackSet,
 * CreateStackInstances, UpdateStackInstances, DeleteStackInstances, ListStackInstances,
 * DescribeStackInstance, DescribeStackSetOperation and ListStackSetOperationResults. ParameterOverrides
 * of CreateStackInstances and UpdateStackInstances behave as CloudFormation documents them: only
 * parameters the stack set specifies, absent keeps the instances' overrides, a list (an empty one
 * too) replaces them, UsePreviousValue keeps one, and UpdateStackSet leaves them in place. Each stack instance is a real stack
 * in its region's {@link RegionalBackend}, provisioned by the same engine as CreateStack, so a
 * template's {@code LocalEndpoint: FailOn} (for example under a condition on {@code AWS::Region})
 * fails the instances it should. Operations run in the background ({@link StackSetOperationRunner})
 * with the request's OperationPreferences. Organizational units stand for one account each, whose
 * id is derived from the OU id.
 */
final class StackSetActions implements AutoCloseable {

    private final StackSetStore store;
    private final Function<String, RegionalBackend> regions;
    private final StackSetOperationRunner runner;

    StackSetActions(StackSetStore store, Function<String, RegionalBackend> regions) {
        this.store = store;
        this.regions = regions;
        this.runner = new StackSetOperationRunner(store, regions);
    }

    /** The action table entries, for the endpoint. */
    Map<String, Function<QueryRequest, Consumer<Xml>>> actions() {
        return Map.ofEntries(
                entry("CreateStackSet", this::createStackSet),
                entry("UpdateStackSet", this::updateStackSet),
                entry("DescribeStackSet", this::describeStackSet),
                entry("DeleteStackSet", this::deleteStackSet),
                entry("CreateStackInstances", r -> instances(r, "CREATE")),
                entry("UpdateStackInstances", r -> instances(r, "UPDATE")),
                entry("DeleteStackInstances", r -> instances(r, "DELETE")),
                entry("ListStackInstances", this::listStackInstances),
                entry("DescribeStackInstance", this::describeStackInstance),
                entry("DescribeStackSetOperation", this::describeOperation),
                entry("ListStackSetOperationResults", this::listOperationResults));
    }

    private static Map.Entry<String, Function<QueryRequest, Consumer<Xml>>> entry(String action,
            Function<QueryRequest, Consumer<Xml>> handler) {
        return Map.entry(action, handler);
    }

    Consumer<Xml> createStackSet(QueryRequest request) {
        String name = request.require("StackSetName");
        Backend.checkName(name, "stackSetName");
        LoadedTemplate template = regions.apply(request.region()).backend.templates.load(request.get("TemplateBody"), request.get("TemplateURL"));
        List<Parameters.Given> parameters = Parameters.fromRequest(request.members("Parameters"));
        Parameters.resolve(template.template(), parameters, null);
        List<String> capabilities = request.list("Capabilities");
        Backend.checkCapabilities(template.template(), capabilities);
        synchronized (store) {
            if (store.find(name).isPresent()) {
                throw new CfnError(409, "Sender", "NameAlreadyExistsException", "StackSet " + name + " already exists");
            }
            StackSet set = new StackSet(name, name + ":" + store.nextUuid(), request.region());
            configure(set, request, template, parameters, capabilities);
            set.permissionModel = request.getOrDefault("PermissionModel", "SELF_MANAGED");
            if (set.permissionModel.equals("SERVICE_MANAGED") && (set.administrationRoleArn != null || set.executionRoleName != null)) {
                throw CfnError.validation("AdministrationRoleARN and ExecutionRoleName are not supported with SERVICE_MANAGED permissions");
            }
            set.autoDeployment = request.flag("AutoDeployment.Enabled", false);
            set.retainStacksOnAccountRemoval = request.flag("AutoDeployment.RetainStacksOnAccountRemoval", false);
            if (set.autoDeployment && !set.permissionModel.equals("SERVICE_MANAGED")) {
                throw CfnError.validation("AutoDeployment is only supported with SERVICE_MANAGED permissions");
            }
            store.add(set);
            return xml -> xml.leaf("StackSetId", set.id);
        }
    }

    Consumer<Xml> updateStackSet(QueryRequest request) {
        StackSet set = stackSet(request);
        LoadedTemplate template = request.flag("UsePreviousTemplate", false) ? set.template
                : regions.apply(request.region()).backend.templates.load(request.get("TemplateBody"), request.get("TemplateURL"));
        List<Parameters.Given> parameters = Parameters.fromRequest(request.members("Parameters"));
        List<String> capabilities = request.list("Capabilities");
        Backend.checkCapabilities(template.template(), capabilities);
        synchronized (store) {
            checkIdle(set);
            configure(set, request, template, parameters, capabilities);
            Operation operation = start(set, request, "UPDATE", targets(set, request, true));
            return xml -> xml.leaf("OperationId", operation.id);
        }
    }

    private static void configure(StackSet set, QueryRequest request, LoadedTemplate template, List<Parameters.Given> parameters,
            List<String> capabilities) {
        set.template = template;
        set.templateBody = template.body();
        set.parameters = parameters;
        set.capabilities = capabilities;
        set.description = request.get("Description");
        set.administrationRoleArn = request.get("AdministrationRoleARN");
        set.executionRoleName = request.get("ExecutionRoleName");
        Map<String, String> tags = new LinkedHashMap<>();
        request.members("Tags").forEach(t -> tags.put(t.get("Key"), t.getOrDefault("Value", "")));
        set.tags = tags;
    }

    Consumer<Xml> describeStackSet(QueryRequest request) {
        StackSet set = stackSet(request);
        synchronized (store) {
            String page = StackActions.pageOf(xml -> {
                xml.open("StackSet").leaf("StackSetName", set.name).leaf("StackSetId", set.id).leaf("Description", set.description)
                        .leaf("Status", set.status).leaf("TemplateBody", set.templateBody);
                // As DescribeStacks: NoEcho values are never shown back.
                java.util.Set<String> noEcho = Parameters.noEcho(set.template.template());
                xml.members("Parameters", set.parameters, (x, p) -> x.leaf("ParameterKey", p.key())
                        .leaf("ParameterValue", noEcho.contains(p.key()) ? Shapes.MASK : p.value()));
                xml.strings("Capabilities", set.capabilities);
                xml.members("Tags", new ArrayList<>(set.tags.entrySet()), (x, t) -> x.leaf("Key", t.getKey()).leaf("Value", t.getValue()));
                xml.leaf("StackSetARN", "arn:aws:cloudformation:" + set.adminRegion + ":" + StackStore.ACCOUNT + ":stackset/" + set.id)
                        .leaf("AdministrationRoleARN", set.administrationRoleArn).leaf("ExecutionRoleName", set.executionRoleName)
                        .leaf("PermissionModel", set.permissionModel);
                if (set.permissionModel.equals("SERVICE_MANAGED")) {
                    xml.open("AutoDeployment").leaf("Enabled", set.autoDeployment)
                            .leaf("RetainStacksOnAccountRemoval", set.retainStacksOnAccountRemoval).close("AutoDeployment");
                    xml.strings("OrganizationalUnitIds", set.instances.stream().map(i -> i.organizationalUnit)
                            .filter(java.util.Objects::nonNull).distinct().toList());
                }
                xml.close("StackSet");
            });
            return xml -> xml.raw(page);
        }
    }

    Consumer<Xml> deleteStackSet(QueryRequest request) {
        StackSet set = stackSet(request);
        synchronized (store) {
            checkIdle(set);
            if (!set.instances.isEmpty()) {
                throw new CfnError(409, "Sender", "StackSetNotEmptyException", "StackSet " + set.name + " is not empty: it still has "
                        + set.instances.size() + " stack instance(s); delete them first");
            }
            set.status = "DELETED";
            store.remove(set);
            return xml -> { };
        }
    }

    private Consumer<Xml> instances(QueryRequest request, String action) {
        StackSet set = stackSet(request);
        if (request.list("Regions").isEmpty()) {
            throw CfnError.validation("1 validation error detected: Value null at 'regions' failed to satisfy constraint: Member must not be null");
        }
        synchronized (store) {
            String requested = request.get("OperationId");
            if (requested != null && set.operations.containsKey(requested)) {
                return xml -> xml.leaf("OperationId", requested); // a retried call: the same operation
            }
            checkIdle(set);
            List<Result> targets = targets(set, request, false);
            List<Parameters.Given> overrides = Parameters.fromRequest(request.members("ParameterOverrides"));
            // Absent: the instances keep their overrides. Present (an empty list too): they get exactly these.
            boolean overridesGiven = !overrides.isEmpty() || request.get("ParameterOverrides") != null;
            checkOverrides(set, overrides);
            for (Result target : targets) {
                Instance instance = set.instance(target.account, target.region).orElse(null);
                if (action.equals("CREATE") && instance == null) {
                    instance = new Instance(target.account, target.region, target.organizationalUnit);
                    set.instances.add(instance);
                } else if (instance == null) {
                    throw new CfnError(404, "Sender", "StackInstanceNotFoundException", "Stack instance in account " + target.account
                            + " and region " + target.region + " of StackSet " + set.name + " does not exist");
                }
                if (!action.equals("DELETE") && overridesGiven) {
                    instance.overrides = overridden(instance.overrides, overrides);
                }
            }
            Operation operation = start(set, request, action, targets);
            return xml -> xml.leaf("OperationId", operation.id);
        }
    }

    /**
     * As StackSets: an instance can only override a parameter the stack set specifies, with a value
     * or UsePreviousValue, not both.
     */
    private static void checkOverrides(StackSet set, List<Parameters.Given> overrides) {
        for (Parameters.Given g : overrides) {
            if (set.parameters.stream().noneMatch(p -> p.key().equals(g.key()))) {
                throw CfnError.validation("ParameterOverrides: parameter " + g.key() + " is not specified in StackSet " + set.name
                        + "; you can only override the parameter values that are specified in the StackSet");
            }
            if (g.usePrevious() && g.value() != null) {
                throw CfnError.validation("ParameterOverrides: specify either a value or UsePreviousValue for " + g.key() + ", not both");
            }
        }
    }

    /** The instance's overrides after an update: the given ones; UsePreviousValue keeps the present override. */
    private static List<Parameters.Given> overridden(List<Parameters.Given> present, List<Parameters.Given> given) {
        List<Parameters.Given> result = new ArrayList<>();
        for (Parameters.Given g : given) {
            if (g.usePrevious()) {
                present.stream().filter(p -> p.key().equals(g.key())).findFirst().ifPresent(result::add);
            } else {
                result.add(new Parameters.Given(g.key(), g.value(), false));
            }
        }
        return result;
    }

    Consumer<Xml> describeStackInstance(QueryRequest request) {
        StackSet set = stackSet(request);
        String account = request.require("StackInstanceAccount");
        String region = request.require("StackInstanceRegion");
        synchronized (store) {
            Instance i = set.instance(account, region).orElseThrow(() -> new CfnError(404, "Sender", "StackInstanceNotFoundException",
                    "Stack instance in account " + account + " and region " + region + " of StackSet " + set.name + " does not exist"));
            String page = StackActions.pageOf(xml -> {
                xml.open("StackInstance").leaf("StackSetId", set.id).leaf("Region", i.region).leaf("Account", i.account)
                        .leaf("StackId", i.stackId);
                java.util.Set<String> noEcho = Parameters.noEcho(set.template.template());
                xml.members("ParameterOverrides", i.overrides, (x, p) -> x.leaf("ParameterKey", p.key())
                        .leaf("ParameterValue", noEcho.contains(p.key()) ? Shapes.MASK : p.value()));
                xml.leaf("Status", i.status).open("StackInstanceStatus").leaf("DetailedStatus", i.detailedStatus).close("StackInstanceStatus")
                        .leaf("StatusReason", i.reason).leaf("OrganizationalUnitId", i.organizationalUnit).leaf("DriftStatus", "NOT_CHECKED")
                        .leaf("LastOperationId", i.lastOperationId).close("StackInstance");
            });
            return xml -> xml.raw(page);
        }
    }

    /** The account and region pairs a request names; for an update of the whole set, every instance. */
    private List<Result> targets(StackSet set, QueryRequest request, boolean everyInstanceWhenNone) {
        List<Result> targets = new ArrayList<>();
        List<String> regionList = request.list("Regions");
        List<String> accounts = request.list("Accounts");
        List<String> units = request.list("DeploymentTargets.OrganizationalUnitIds");
        if (accounts.isEmpty()) {
            accounts = request.list("DeploymentTargets.Accounts");
        }
        if (everyInstanceWhenNone && regionList.isEmpty() && accounts.isEmpty() && units.isEmpty()) {
            set.instances.forEach(i -> targets.add(new Result(i.account, i.region, i.organizationalUnit)));
            return targets;
        }
        for (String region : regionList) {
            for (String account : accounts) {
                if (!account.matches("\\d{12}")) {
                    throw CfnError.validation("Account " + account + " is not a 12-digit AWS account id");
                }
                targets.add(new Result(account, region, null));
            }
            for (String unit : units) {
                targets.add(new Result(accountOf(unit), region, unit));
            }
        }
        if (targets.isEmpty()) {
            throw CfnError.validation("Accounts or DeploymentTargets must be specified");
        }
        return targets;
    }

    /** The one account an organizational unit stands for: twelve digits derived from its id. */
    static String accountOf(String unit) {
        if (!unit.matches("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32}")) {
            throw CfnError.validation("OrganizationalUnitId " + unit + " is not valid");
        }
        return String.format("%012d", Math.floorMod((long) unit.hashCode() * 7919L, 1_000_000_000_000L));
    }

    private Operation start(StackSet set, QueryRequest request, String action, List<Result> targets) {
        String id = request.get("OperationId") == null ? store.nextUuid() : request.get("OperationId");
        Operation operation = new Operation(id, action, Preferences.from(request), request.flag("RetainStacks", false), store.now());
        operation.results.addAll(targets);
        set.operations.put(id, operation);
        runner.run(set, operation);
        return operation;
    }

    private static void checkIdle(StackSet set) {
        if (set.busy()) {
            throw new CfnError(409, "Sender", "OperationInProgressException", "Another Operation on StackSet " + set.id + " is in progress");
        }
    }

    Consumer<Xml> listStackInstances(QueryRequest request) {
        StackSet set = stackSet(request);
        synchronized (store) {
            List<Instance> instances = set.instances.stream()
                    .filter(i -> request.get("StackInstanceRegion") == null || i.region.equals(request.get("StackInstanceRegion")))
                    .filter(i -> request.get("StackInstanceAccount") == null || i.account.equals(request.get("StackInstanceAccount")))
                    .toList();
            String page = StackActions.pageOf(xml -> page(request, xml, "Summaries", instances, (x, i) -> x
                    .leaf("StackSetId", set.id).leaf("Region", i.region).leaf("Account", i.account).leaf("StackId", i.stackId)
                    .leaf("StatusReason", i.reason).leaf("Status", i.status)
                    .open("StackInstanceStatus").leaf("DetailedStatus", i.detailedStatus).close("StackInstanceStatus")
                    .leaf("OrganizationalUnitId", i.organizationalUnit).leaf("DriftStatus", "NOT_CHECKED")
                    .leaf("LastOperationId", i.lastOperationId)));
            return xml -> xml.raw(page);
        }
    }

    Consumer<Xml> describeOperation(QueryRequest request) {
        StackSet set = stackSet(request);
        synchronized (store) {
            Operation op = operation(set, request.require("OperationId"));
            String page = StackActions.pageOf(xml -> {
                xml.open("StackSetOperation").leaf("OperationId", op.id).leaf("StackSetId", set.id).leaf("Action", op.action)
                        .leaf("Status", op.status).open("OperationPreferences")
                        .leaf("RegionConcurrencyType", op.preferences.regionConcurrencyType())
                        .strings("RegionOrder", op.preferences.regionOrder())
                        .leaf("FailureToleranceCount", op.preferences.failureToleranceCount())
                        .leaf("FailureTolerancePercentage", op.preferences.failureTolerancePercentage())
                        .leaf("MaxConcurrentCount", op.preferences.maxConcurrentCount())
                        .leaf("MaxConcurrentPercentage", op.preferences.maxConcurrentPercentage())
                        .leaf("ConcurrencyMode", op.preferences.concurrencyMode())
                        .close("OperationPreferences").leaf("RetainStacks", op.retainStacks)
                        .leaf("AdministrationRoleARN", set.administrationRoleArn).leaf("ExecutionRoleName", set.executionRoleName)
                        .leaf("CreationTimestamp", op.created).leaf("EndTimestamp", op.ended).leaf("StatusReason", op.reason)
                        .close("StackSetOperation");
            });
            return xml -> xml.raw(page);
        }
    }

    Consumer<Xml> listOperationResults(QueryRequest request) {
        StackSet set = stackSet(request);
        synchronized (store) {
            Operation op = operation(set, request.require("OperationId"));
            List<Result> results = List.copyOf(op.results);
            String page = StackActions.pageOf(xml -> page(request, xml, "Summaries", results, (x, r) -> x
                    .leaf("Account", r.account).leaf("Region", r.region).leaf("Status", r.status).leaf("StatusReason", r.reason)
                    .open("AccountGateResult").leaf("Status", "SKIPPED").close("AccountGateResult")
                    .leaf("OrganizationalUnitId", r.organizationalUnit)));
            return xml -> xml.raw(page);
        }
    }

    private <T> void page(QueryRequest request, Xml xml, String name, List<T> items, java.util.function.BiConsumer<Xml, T> writer) {
        regions.apply(request.region()).backend.page(xml, name, items, request.get("NextToken"), writer);
    }

    private StackSet stackSet(QueryRequest request) {
        String name = request.require("StackSetName");
        return store.find(name).orElseThrow(() -> new CfnError(404, "Sender", "StackSetNotFoundException", "StackSet " + name + " not found"));
    }

    private static Operation operation(StackSet set, String id) {
        Operation op = set.operations.get(id);
        if (op == null) {
            throw new CfnError(404, "Sender", "OperationNotFoundException", "Operation " + id + " not found for StackSet " + set.name);
        }
        return op;
    }

    @Override
    public void close() {
        runner.close();
    }
}
