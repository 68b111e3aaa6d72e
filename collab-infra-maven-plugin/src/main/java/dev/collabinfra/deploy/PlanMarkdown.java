package dev.collabinfra.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code plan.md}: the plan as Markdown, for a pull-request comment. Same content as the log's plan
 * (parameters old → new, every change with its property-level details, stateful resources and
 * replacements flagged), NoEcho values masked.
 */
final class PlanMarkdown {

    private PlanMarkdown() {}

    /** @param plan null when nothing would change */
    static String render(String stackName, ChangeSetPlan plan, boolean kept) {
        List<String> lines = new ArrayList<>();
        if (plan == null) {
            lines.add("### collab-infra plan for stack `" + stackName + "`");
            lines.add("");
            lines.add("No changes: the stack already runs this template with these parameters and tags.");
            return String.join("\n", lines) + "\n";
        }
        lines.add("### collab-infra " + (plan.create() ? "create" : "update") + " plan for stack `" + stackName + "`");
        lines.add("");
        lines.add("Change set `" + plan.changeSetName() + "`" + (kept ? " (kept: deploy it with `-Dcollab-infra.changeSet="
                + plan.changeSetName() + "`)" : "") + ": **" + plan.summary() + "**" + (plan.note() == null ? "" : " (" + plan.note() + ")"));
        if (!plan.parameters().isEmpty()) {
            lines.add("");
            lines.add("| Parameter | " + (plan.create() ? "Value" : "Before → after") + " |");
            lines.add("|---|---|");
            for (ParameterChange parameter : plan.parameters()) {
                lines.add("| `" + cell(parameter.key()) + "` | " + cell(parameter.render()) + " |");
            }
        }
        if (!plan.changes().isEmpty()) {
            lines.add("");
            lines.add("| | Action | Resource | Type | Replacement | Details |");
            lines.add("|---|---|---|---|---|---|");
            for (PlannedChange change : plan.changes()) {
                boolean loud = change.isRemove() || change.mayReplace();
                String flags = (loud ? "⚠️" : "") + (change.isStateful() ? " 🗄️ stateful" : "");
                List<String> details = change.details().stream().map(ChangeSetPlan::detailLine).map(PlanMarkdown::cell).toList();
                lines.add("| " + flags.strip() + " | " + (change.mayReplace() ? "**Replace**" : loud ? "**" + change.action() + "**" : change.action())
                        + " | `" + cell(change.address()) + "` | " + cell(change.resourceType()) + " | "
                        + (change.replacement() == null ? "-" : change.replacement()) + " | "
                        + (details.isEmpty() ? "-" : String.join("<br>", details)) + " |");
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** A table cell: no pipes or line breaks from values. */
    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
