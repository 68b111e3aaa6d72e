package dev.collabinfra.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes a change set would make, as a table people read before anything happens. Replacements
 * and removals stand out: they are the changes that lose data or change physical ids, so their lines
 * start with {@code !!} and the action is upper case.
 */
public record ChangeSetPlan(String stackName, String changeSetName, String changeSetId, boolean create, List<PlannedChange> changes,
        List<ParameterChange> parameters, String note) {

    /** Said in the plan when the endpoint lists no changes, so the plan cannot show what will happen. */
    public static final String UNLISTED = "this endpoint does not list changes";

    public ChangeSetPlan {
        changes = List.copyOf(changes);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /** A plan without parameter changes or note. */
    public ChangeSetPlan(String stackName, String changeSetName, String changeSetId, boolean create, List<PlannedChange> changes) {
        this(stackName, changeSetName, changeSetId, create, changes, List.of(), null);
    }

    /** The same plan with parameter changes and a note. */
    public ChangeSetPlan with(List<ParameterChange> parameterChanges, String planNote) {
        return new ChangeSetPlan(stackName, changeSetName, changeSetId, create, changes, parameterChanges, planNote);
    }

    /** The longest {@code stack/Nested/LogicalId} address the events of this plan can show. */
    public int longestAddress() {
        return changes.stream().mapToInt(c -> stackName.length() + 1 + c.address().length()).max().orElse(stackName.length());
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
        rows.add(new String[] {"", "Action", "Logical id", "Type", "Replacement", "Data", "Nested stack"});
        for (PlannedChange change : changes) {
            boolean loud = change.isRemove() || change.mayReplace();
            String action = change.mayReplace() ? "REPLACE" : loud ? change.action().toUpperCase(java.util.Locale.ROOT) : change.action();
            rows.add(new String[] {
                loud ? "!!" : "",
                action,
                change.logicalId(),
                change.resourceType(),
                change.replacement() == null || change.replacement().isEmpty() ? "-" : change.replacement(),
                change.isStateful() ? "stateful" : "-",
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
        if (!parameters.isEmpty()) {
            int keyWidth = parameters.stream().mapToInt(p -> p.key().length()).max().orElse(0);
            lines.add("  Parameters" + (create ? ":" : " that change:"));
            for (ParameterChange parameter : parameters) {
                lines.add("    " + pad(parameter.key(), keyWidth + 2) + parameter.render());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
            }
            lines.add(line.toString().stripTrailing());
            if (r > 0) {
                for (ChangeDetail detail : changes.get(r - 1).details()) {
                    lines.add("        " + detailLine(detail));
                }
            }
        }
        lines.add("  " + summary() + (note == null ? "" : " (" + note + ")"));
        return lines;
    }

    /** {@code Properties.TableName: recreation Always (via Ref Env)}. */
    static String detailLine(ChangeDetail detail) {
        String recreation = detail.requiresRecreation() == null ? "" : ": recreation " + detail.requiresRecreation();
        String cause = detail.cause();
        String evaluation = "Dynamic".equals(detail.evaluation()) ? ", known only while executing" : "";
        return detail.target() + recreation + (cause.isEmpty() ? "" : " (" + cause + evaluation + ")")
                + (cause.isEmpty() && !evaluation.isEmpty() ? " (" + evaluation.substring(2) + ")" : "");
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
