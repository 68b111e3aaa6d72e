package dev.collabinfra.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Why it failed": the first real failure reasons, wherever they happened in the nested stacks.
 * CloudFormation buries them under follow-up messages: a parent says "Embedded stack ... was not
 * successfully created" and sibling resources say "Resource creation cancelled"; those are skipped.
 */
public final class FailureReport {

    /** How many reasons to show; the first ones are the cause, later ones are usually fallout. */
    static final int MAX_REASONS = 5;

    private static final Pattern NOISE = Pattern.compile(
            "^(Embedded stack .* was not successfully (created|updated|deleted).*"
                    + "|Resource (creation|update|deletion) cancelled.*"
                    + "|The following resource\\(s\\) failed to .*)$",
            Pattern.DOTALL);

    private final List<StackEventStream.LabelledEvent> reasons;
    private final String stackName;
    private final String finalStatus;
    private final String finalReason;

    private FailureReport(List<StackEventStream.LabelledEvent> reasons, String stackName, String finalStatus, String finalReason) {
        this.reasons = List.copyOf(reasons);
        this.stackName = stackName;
        this.finalStatus = finalStatus;
        this.finalReason = finalReason;
    }

    /** Picks the real reasons out of the events, oldest first. */
    public static FailureReport of(List<StackEventStream.LabelledEvent> events, String stackName, String finalStatus, String finalReason) {
        List<StackEventStream.LabelledEvent> real = new ArrayList<>();
        java.util.Set<String> said = new java.util.HashSet<>();
        List<StackEventStream.LabelledEvent> byTime = new ArrayList<>(events);
        byTime.sort(java.util.Comparator.comparing(l -> l.event().timestamp()));
        for (StackEventStream.LabelledEvent labelled : byTime) {
            StackEvent event = labelled.event();
            // A resource that fails its update and then its rollback says the same twice; once is enough.
            if (StackStatuses.failed(event.status()) && isRealReason(event.reason())
                    && said.add(labelled.stackLabel() + "/" + event.logicalId() + ": " + event.reason().strip())) {
                real.add(labelled);
            }
        }
        return new FailureReport(real.subList(0, Math.min(MAX_REASONS, real.size())), stackName, finalStatus, finalReason);
    }

    /** False for the follow-up messages that only point elsewhere. */
    public static boolean isRealReason(String reason) {
        return reason != null && !reason.isBlank() && !NOISE.matcher(reason.strip()).matches();
    }

    public List<StackEventStream.LabelledEvent> reasons() {
        return reasons;
    }

    /** The block printed when a deploy fails. */
    public List<String> render(SecretMasker masker) {
        List<String> lines = new ArrayList<>();
        lines.add("Why it failed:");
        if (reasons.isEmpty()) {
            lines.add("  (no resource reported a reason; see the stack's events: they are listed above)");
        }
        for (StackEventStream.LabelledEvent labelled : reasons) {
            StackEvent event = labelled.event();
            lines.add("  " + labelled.stackLabel() + "/" + event.logicalId() + " (" + event.resourceType() + ") "
                    + event.status() + ": " + masker.mask(event.reason().strip()));
        }
        lines.add("Final status of stack " + stackName + ": " + finalStatus
                + (finalReason == null || finalReason.isBlank() ? "" : " (" + masker.mask(finalReason) + ")"));
        return lines;
    }

    /** The first reason on one line, for an exception message. */
    public String headline(SecretMasker masker) {
        if (reasons.isEmpty()) {
            return "stack " + stackName + " ended " + finalStatus;
        }
        StackEvent event = reasons.get(0).event();
        return reasons.get(0).stackLabel() + "/" + event.logicalId() + ": " + masker.mask(event.reason().strip())
                + " (stack " + stackName + " ended " + finalStatus + ")";
    }
}
