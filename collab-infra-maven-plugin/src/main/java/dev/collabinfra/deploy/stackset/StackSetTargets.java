package dev.collabinfra.deploy.stackset;

import dev.collabinfra.environment.StackSetTarget;
import java.util.List;

/**
 * Where instances go: accounts (self-managed) or organizational units (service-managed), times
 * regions.
 */
public record StackSetTargets(List<String> accounts, List<String> organizationalUnits, List<String> regions) {

    public StackSetTargets {
        accounts = List.copyOf(accounts);
        organizationalUnits = List.copyOf(organizationalUnits);
        regions = List.copyOf(regions);
    }

    /** The accounts or OUs of the environment's stack set, in its regions. */
    public static StackSetTargets of(StackSetTarget target, List<String> regions) {
        return target.serviceManaged()
                ? new StackSetTargets(List.of(), target.organizationalUnits(), regions)
                : new StackSetTargets(target.accounts(), List.of(), regions);
    }

    public boolean isEmpty() {
        return regions.isEmpty() || accounts.isEmpty() && organizationalUnits.isEmpty();
    }
}
