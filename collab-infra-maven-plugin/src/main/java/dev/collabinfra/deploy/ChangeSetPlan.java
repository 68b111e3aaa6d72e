package dev.collabinfra.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes a change set would make, as a table people read before anything happens. Replacements
 * and removals stand out: they are the changes that lose data or change physical ids, so their lines
 * start with {@code !!} and the action is upper case.
 */
public record ChangeSetPlan(String stackName, String changeSetName, String changeSetId, boolean create, List<PlannedChange> changes) {

    public ChangeSetPlan {
        changes = List.copyOf(changes);
    }

    public long count(String action) {
        return changes.stream().filter(c -> action.equals(c.action())).count();
    }

    public long replacements() {
        return changes.stream().filter(PlannedChange::mayReplace).count();
    }

    /** The table, one line per change, preceded by a heading and followed by a summary line. */
    public List<String> render() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "Action", "Logical id", "Type", "Replacement", "Nested stack"});
        for (PlannedChange change : changes) {
            boolean loud = change.isRemove() || change.mayReplace();
            String action = change.mayReplace() ? "REPLACE" : loud ? change.action().toUpperCase(java.util.Locale.ROOT) : change.action();
            rows.add(new String[] {
                loud ? "!!" : "",
                action,
                change.logicalId(),
                change.resourceType(),
                change.replacement() == null || change.replacement().isEmpty() ? "-" : change.replacement(),
                change.nestedStackLabel()
            });
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add((create ? "Create" : "Update") + " plan for stack " + stackName + " (change set " + changeSetName + "):");
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
            }
            lines.add(line.toString().stripTrailing());
        }
        lines.add("  " + summary());
        return lines;
    }

    /** {@code 3 to add, 2 to modify (1 replacement), 1 to remove}. */
    public String summary() {
        long replaced = replacements();
        return count("Add") + " to add, " + count("Modify") + " to modify"
                + (replaced > 0 ? " (" + replaced + (replaced == 1 ? " replacement" : " replacements") + ")" : "")
                + ", " + count("Remove") + " to remove";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
