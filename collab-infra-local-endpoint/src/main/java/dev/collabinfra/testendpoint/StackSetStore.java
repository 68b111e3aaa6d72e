package dev.collabinfra.testendpoint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The stack sets of the local endpoint, their stack instances and operations. One lock (this
 * store); never held while a region's {@link StackStore} lock is taken, so operations that
 * provision stacks in several regions cannot deadlock with the provisioning worker.
 */
final class StackSetStore {

    /** A stack set: the template and parameters every instance gets, and how it is managed. */
    static final class StackSet {
        final String name;
        final String id;
        final String adminRegion;
        String status = "ACTIVE";
        String description;
        LoadedTemplate template;
        String templateBody;
        List<Parameters.Given> parameters = new ArrayList<>();
        List<String> capabilities = new ArrayList<>();
        Map<String, String> tags = new LinkedHashMap<>();
        String permissionModel = "SELF_MANAGED";
        String administrationRoleArn;
        String executionRoleName;
        boolean autoDeployment;
        boolean retainStacksOnAccountRemoval;
        final List<Instance> instances = new ArrayList<>();
        final Map<String, Operation> operations = new LinkedHashMap<>();

        StackSet(String name, String id, String adminRegion) {
            this.name = name;
            this.id = id;
            this.adminRegion = adminRegion;
        }

        Optional<Instance> instance(String account, String region) {
            return instances.stream().filter(i -> i.account.equals(account) && i.region.equals(region)).findFirst();
        }

        boolean busy() {
            return operations.values().stream().anyMatch(o -> o.status.equals("RUNNING") || o.status.equals("QUEUED"));
        }
    }

    /** One stack of a stack set, in one account and region. */
    static final class Instance {
        final String account;
        final String region;
        final String organizationalUnit;
        List<Parameters.Given> overrides = new ArrayList<>();
        String stackId;
        String status = "OUTDATED";
        String detailedStatus = "PENDING";
        String reason;
        String lastOperationId;

        Instance(String account, String region, String organizationalUnit) {
            this.account = account;
            this.region = region;
            this.organizationalUnit = organizationalUnit;
        }
    }

    /** The preferences of one operation, as sent. */
    record Preferences(List<String> regionOrder, Integer maxConcurrentCount, Integer maxConcurrentPercentage,
            Integer failureToleranceCount, Integer failureTolerancePercentage, String regionConcurrencyType, String concurrencyMode) {

        static Preferences from(QueryRequest request) {
            String p = "OperationPreferences.";
            return new Preferences(request.list(p + "RegionOrder"), integer(request.get(p + "MaxConcurrentCount")),
                    integer(request.get(p + "MaxConcurrentPercentage")), integer(request.get(p + "FailureToleranceCount")),
                    integer(request.get(p + "FailureTolerancePercentage")), request.get(p + "RegionConcurrencyType"),
                    request.get(p + "ConcurrencyMode"));
        }

        private static Integer integer(String text) {
            return text == null ? null : Integer.valueOf(text);
        }

        /** How many accounts of a region run at once. */
        int concurrency(int accounts) {
            if (maxConcurrentCount != null) {
                return Math.max(1, maxConcurrentCount);
            }
            return maxConcurrentPercentage == null ? 1 : Math.max(1, accounts * maxConcurrentPercentage / 100);
        }

        /** How many accounts of a region may fail before the operation stops there. */
        int tolerance(int accounts) {
            if (failureToleranceCount != null) {
                return failureToleranceCount;
            }
            return failureTolerancePercentage == null ? 0 : accounts * failureTolerancePercentage / 100;
        }
    }

    /** The result of an operation in one account and region. */
    static final class Result {
        final String account;
        final String region;
        final String organizationalUnit;
        String status = "PENDING";
        String reason;

        Result(String account, String region, String organizationalUnit) {
            this.account = account;
            this.region = region;
            this.organizationalUnit = organizationalUnit;
        }
    }

    /** A create, update or delete of instances, run in the background. */
    static final class Operation {
        final String id;
        final String action;
        final Preferences preferences;
        final boolean retainStacks;
        final Instant created;
        String status = "RUNNING";
        String reason;
        Instant ended;
        final List<Result> results = new ArrayList<>();

        Operation(String id, String action, Preferences preferences, boolean retainStacks, Instant created) {
            this.id = id;
            this.action = action;
            this.preferences = preferences;
            this.retainStacks = retainStacks;
            this.created = created;
        }
    }

    private final Map<String, StackSet> byName = new LinkedHashMap<>();
    private final Clock clock;
    private long sequence;

    StackSetStore(Clock clock) {
        this.clock = clock;
    }

    synchronized Instant now() {
        return clock.instant();
    }

    synchronized String nextUuid() {
        return UUID.nameUUIDFromBytes(("local-stackset-" + (++sequence)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    synchronized Optional<StackSet> find(String nameOrId) {
        return byName.values().stream().filter(s -> s.name.equals(nameOrId) || s.id.equals(nameOrId)).findFirst();
    }

    synchronized void add(StackSet set) {
        byName.put(set.name, set);
    }

    synchronized void remove(StackSet set) {
        byName.remove(set.name);
    }
}
