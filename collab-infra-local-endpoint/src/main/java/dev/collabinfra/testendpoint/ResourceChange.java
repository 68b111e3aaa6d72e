package dev.collabinfra.testendpoint;

import java.util.List;

/**
 * One {@code Changes/member/ResourceChange} of a change set.
 *
 * @param replacement {@code True}, {@code False}, {@code Conditional}; null for Add and Remove
 * @param nestedChangeSetId for a nested stack with IncludeNestedStacks: the child's change set
 */
record ResourceChange(String action, String logicalId, String physicalId, String resourceType, String replacement,
        List<String> scope, List<Detail> details, String nestedChangeSetId) {

    /** One {@code Details/member}: which property changed, how it was found, and whether it forces recreation. */
    record Detail(String attribute, String name, String requiresRecreation, String evaluation, String changeSource,
            String causingEntity) {}
}
