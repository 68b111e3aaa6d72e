package dev.collabinfra.testendpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one update changed, so that rollback (and ContinueUpdateRollback after a failed rollback)
 * can put it back: the previous configuration, outputs, and a copy of each resource before it changed.
 */
final class UpdateRun {

    final Stack.Config previous;
    final List<Stack.Output> previousOutputs;
    /** Resources the update created; rollback deletes them. */
    final Set<String> added = new LinkedHashSet<>();
    /** Resources the update modified, as they were before, in modification order. */
    final Map<String, ResourceState> before = new LinkedHashMap<>();
    /** Replaced resources' old physical state, deleted in the cleanup phase of a successful update. */
    final List<ResourceState> replacedOld = new ArrayList<>();
    /** Nested stacks whose own update failed and rolled back by itself. */
    final Set<String> childRolledBack = new LinkedHashSet<>();
    /** Nested stacks' configurations before this update changed them. */
    final Map<String, Stack.Config> childConfigs = new LinkedHashMap<>();
    /** Modified resources already put back by a rollback. */
    final Set<String> restored = new LinkedHashSet<>();
    StepGraph graph;

    UpdateRun(Stack.Config previous, List<Stack.Output> previousOutputs) {
        this.previous = previous;
        this.previousOutputs = previousOutputs;
    }
}
