package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import java.time.ZoneId;
import java.util.List;

/**
 * What of the event stream reaches the log, and at which level: every event in {@code all} mode,
 * each stack's own lines in {@code stacks}, failures only in {@code failures}; failures always, at
 * ERROR, rollbacks at WARN. A nested stack is shown by its own events: its parent's events about
 * the nested stack resource tell the same (and printed the COMPLETE line twice), so they are shown
 * only when they report a failure.
 */
final class EventView {

    static final int DEFAULT_ADDRESS_WIDTH = 40;
    /** Beyond this the address column would push the status off a terminal; longer paths are shortened in the middle. */
    static final int MAX_ADDRESS_WIDTH = 64;

    private final ProgressListener out;
    private final SecretMasker masker;
    private final ZoneId zone;
    private final EventsMode mode;
    private final int width;
    private final String rootLabel;

    EventView(ProgressListener out, SecretMasker masker, ZoneId zone, EventsMode mode, int width, String rootLabel) {
        this.out = out;
        this.masker = masker;
        this.zone = zone;
        this.mode = mode;
        this.width = Math.max(DEFAULT_ADDRESS_WIDTH, Math.min(MAX_ADDRESS_WIDTH, width));
        this.rootLabel = rootLabel;
    }

    /** The address column's width for a run whose longest address is known up front (from the plan). */
    static int widthFor(int longestAddress) {
        return Math.max(DEFAULT_ADDRESS_WIDTH, Math.min(MAX_ADDRESS_WIDTH, longestAddress));
    }

    /**
     * Prints the event if the mode shows it.
     *
     * @param followedChild a parent's event about a nested stack that is followed on its own
     * @return whether a line was printed
     */
    boolean show(StackEventStream.LabelledEvent labelled, boolean followedChild) {
        StackEvent event = labelled.event();
        boolean failure = StackStatuses.failed(event.status());
        if (followedChild && !failure) {
            return false;
        }
        boolean shown = switch (mode) {
            case ALL -> true;
            case STACKS -> failure || event.isStackItself();
            case FAILURES -> failure;
        };
        if (!shown) {
            return false;
        }
        String line = EventLine.format(event, labelled.stackLabel(), zone, masker, width);
        if (failure) {
            out.error(line);
        } else if (event.status().contains("ROLLBACK")) {
            out.warn(line);
        } else {
            out.info(line);
        }
        return true;
    }

    /** The closing summary: one line per stack, the main stack first. */
    void summary(List<StackSummary> stacks) {
        if (stacks.isEmpty()) {
            return;
        }
        out.info("Summary:");
        for (StackSummary stack : stacks) {
            String duration = stack.duration() == null ? "-" : StackEventStream.human(stack.duration());
            String line = "  " + EventLine.pad(EventLine.fit(stack.label(), width), width)
                    + "  " + EventLine.pad(stack.status() == null ? "(no status seen)" : stack.status(), 28)
                    + "  " + EventLine.pad(duration, 7)
                    + "  " + stack.resourcesChanged() + (stack.resourcesChanged() == 1 ? " resource" : " resources") + " changed";
            if (stack.failed()) {
                out.error(line + (stack.reason() == null || stack.reason().isBlank() ? "" : "  " + masker.mask(stack.reason().strip())));
            } else {
                out.info(line);
            }
        }
    }

    String rootLabel() {
        return rootLabel;
    }
}
