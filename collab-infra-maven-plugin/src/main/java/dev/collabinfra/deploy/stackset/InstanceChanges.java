package dev.collabinfra.deploy.stackset;

import dev.collabinfra.deploy.stackset.StackSetGateway.StackInstance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a deploy does to a stack set's instances, worked out from the instances that exist and
 * their ParameterOverrides: the instances to add, the instances whose overrides change (an
 * UpdateStackInstances with the new list; an empty list sets them back to the stack set's
 * values), those that stay, and those the environment no longer names (deploy leaves them).
 * {@link StackSetDeployer} runs it; {@link StackSetPlanner} shows it. Instances are grouped into as
 * few calls as the API's accounts-times-regions shape allows, one call per set of overrides.
 */
public final class InstanceChanges {

    /** What happens to one account (or OU) in one region. */
    public enum Action {
        ADD, UPDATE_OVERRIDES, UNCHANGED, NOT_NAMED
    }

    /**
     * One instance's line of the plan.
     *
     * @param who the account, or the OU for a service-managed set
     * @param before its overrides now (empty for a new instance)
     * @param after the overrides it gets
     */
    public record Change(String who, String region, Action action, Map<String, String> before, Map<String, String> after) {}

    /** One CreateStackInstances or UpdateStackInstances call: these targets, these overrides. */
    public record Call(StackSetTargets targets, Map<String, String> overrides) {}

    private final List<Change> changes;
    private final boolean ous;

    private InstanceChanges(List<Change> changes, boolean ous) {
        this.changes = List.copyOf(changes);
        this.ous = ous;
    }

    /**
     * @param overridesOf the present overrides of an existing instance (DescribeStackInstance)
     */
    public static InstanceChanges of(StackSetDefinition definition, StackSetTargets targets, List<StackInstance> existing,
            Function<StackInstance, Map<String, String>> overridesOf) {
        boolean ous = definition.target().serviceManaged();
        List<String> wanted = ous ? targets.organizationalUnits() : targets.accounts();
        List<Change> changes = new ArrayList<>();
        for (String region : targets.regions()) {
            Map<String, String> after = definition.overridesFor(region);
            for (String who : wanted) {
                List<StackInstance> present = existing.stream()
                        .filter(i -> i.region().equals(region) && who.equals(ous ? i.organizationalUnit() : i.account())).toList();
                if (present.isEmpty()) {
                    changes.add(new Change(who, region, Action.ADD, Map.of(), after));
                    continue;
                }
                // An OU stands for its accounts: the first one's overrides are the OU's (they are set for the OU as a whole).
                Map<String, String> before = overridesOf.apply(present.get(0));
                changes.add(new Change(who, region, before.equals(after) ? Action.UNCHANGED : Action.UPDATE_OVERRIDES, before, after));
            }
        }
        for (StackInstance i : existing) {
            String who = ous ? i.organizationalUnit() : i.account();
            if (!targets.regions().contains(i.region()) || !wanted.contains(who)) {
                changes.add(new Change(who == null ? i.account() : who, i.region(), Action.NOT_NAMED, Map.of(), Map.of()));
            }
        }
        return new InstanceChanges(changes, ous);
    }

    public List<Change> changes() {
        return changes;
    }

    public long count(Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    /** The CreateStackInstances calls. */
    public List<Call> additions() {
        return calls(Action.ADD);
    }

    /** The UpdateStackInstances calls for instances whose overrides change. */
    public List<Call> overrideUpdates() {
        return calls(Action.UPDATE_OVERRIDES);
    }

    /** Regions that need the same accounts with the same overrides share a call. */
    private List<Call> calls(Action action) {
        Map<Map<String, String>, Map<String, List<String>>> whoByRegion = new LinkedHashMap<>();
        for (Change c : changes) {
            if (c.action() == action) {
                whoByRegion.computeIfAbsent(c.after(), k -> new LinkedHashMap<>()).computeIfAbsent(c.region(), k -> new ArrayList<>())
                        .add(c.who());
            }
        }
        List<Call> calls = new ArrayList<>();
        whoByRegion.forEach((overrides, byRegion) -> {
            Map<List<String>, List<String>> regionsByWho = new LinkedHashMap<>();
            byRegion.forEach((region, who) -> regionsByWho.computeIfAbsent(who, k -> new ArrayList<>()).add(region));
            regionsByWho.forEach((who, regions) -> calls.add(new Call(ous ? new StackSetTargets(List.of(), who, regions)
                    : new StackSetTargets(who, List.of(), regions), overrides)));
        });
        return calls;
    }
}
