package dev.collabinfra.deploy;

import java.util.List;

/**
 * One resource change of a change set.
 *
 * @param action Add, Modify, Remove (also Import, Dynamic)
 * @param replacement True, False, Conditional, or null when it does not apply (Add, Remove)
 * @param nestedStackPath the logical ids of the nested stacks that lead to the resource, empty for
 *     the main stack
 * @param stackId the stack the resource belongs to (the nested stack's id for nested changes)
 * @param details what changes in the resource ({@code Details}: attribute, name, whether it forces
 *     recreation, what causes it); empty for Add and Remove
 */
public record PlannedChange(
        String action,
        String logicalId,
        String physicalId,
        String resourceType,
        String replacement,
        List<String> nestedStackPath,
        String stackId,
        List<ChangeDetail> details) {

    public PlannedChange {
        nestedStackPath = List.copyOf(nestedStackPath);
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** A change without property-level detail. */
    public PlannedChange(String action, String logicalId, String physicalId, String resourceType, String replacement,
            List<String> nestedStackPath, String stackId) {
        this(action, logicalId, physicalId, resourceType, replacement, nestedStackPath, stackId, List.of());
    }

    /** A stateful resource (a table, a bucket, a database): losing it loses data. */
    public boolean isStateful() {
        return DataLossGuard.isStatefulByDefault(resourceType);
    }

    public boolean isRemove() {
        return "Remove".equals(action);
    }

    public boolean isAdd() {
        return "Add".equals(action);
    }

    /** True or Conditional: CloudFormation may create a new resource and delete the old one. */
    public boolean mayReplace() {
        return "Modify".equals(action) && ("True".equals(replacement) || "Conditional".equals(replacement));
    }

    /** The nested stack as users read it ({@code Database/Cache}), or "-" for the main stack. */
    public String nestedStackLabel() {
        return nestedStackPath.isEmpty() ? "-" : String.join("/", nestedStackPath);
    }

    /** The resource's address across stacks: {@code Database/Table}. */
    public String address() {
        return nestedStackPath.isEmpty() ? logicalId : nestedStackLabel() + "/" + logicalId;
    }
}
