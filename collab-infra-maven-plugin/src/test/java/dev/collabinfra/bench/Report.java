package dev.collabinfra.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's results: one row per measurement with its target, what was measured and whether
 * the target was met, grouped by section, printed as a plain table and as Markdown for
 * BENCHMARKS.md. Notes say how a figure was taken (or why a measurement was skipped).
 */
final class Report {

    /** Whether a measurement met its target; {@code INFO} rows have no target. */
    enum Met {
        YES("yes"), NO("NO"), INFO("-"), SKIPPED("skipped");

        final String label;

        Met(String label) {
            this.label = label;
        }
    }

    record Row(String section, String what, String target, String measured, Met met) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final PrintStream live;

    /** @param live where each row is echoed as it is measured, so a long run shows progress */
    Report(PrintStream live) {
        this.live = live;
    }

    synchronized void add(String section, String what, String target, String measured, Met met) {
        Row row = new Row(section, what, target, measured, met);
        rows.add(row);
        live.printf("  [%s] %s: %s (target %s) %s%n", section, what, measured, target, met.label);
    }

    /** A row with a numeric target: met when {@code value <= limit}. */
    void atMost(String section, String what, double value, double limit, String unit, String measured) {
        String bound = limit == Math.rint(limit) ? String.valueOf((long) limit) : Measure.format(limit);
        add(section, what, "<= " + bound + (unit.isEmpty() ? "" : " " + unit), measured, value <= limit ? Met.YES : Met.NO);
    }

    void info(String section, String what, String measured) {
        add(section, what, "-", measured, Met.INFO);
    }

    void skipped(String section, String what, String reason) {
        add(section, what, "-", "skipped: " + reason, Met.SKIPPED);
    }

    synchronized void note(String note) {
        notes.add(note);
        live.println("  note: " + note);
    }

    synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    /** A fixed-width table for the console. */
    synchronized void printTable(PrintStream out) {
        int what = "Measurement".length();
        int target = "Target".length();
        int measured = "Measured".length();
        for (Row row : rows) {
            what = Math.max(what, row.section().length() + 3 + row.what().length());
            target = Math.max(target, row.target().length());
            measured = Math.max(measured, Math.min(row.measured().length(), 90));
        }
        String format = "%-" + what + "s | %-" + target + "s | %-" + measured + "s | %s%n";
        out.printf(format, "Measurement", "Target", "Measured", "Met");
        out.println("-".repeat(what + target + measured + 14));
        for (Row row : rows) {
            out.printf(format, row.section() + " / " + row.what(), row.target(), row.measured(), row.met().label);
        }
    }

    /** One Markdown table per section, then the notes. */
    synchronized String markdown() {
        StringBuilder md = new StringBuilder();
        String section = null;
        for (Row row : rows) {
            if (!row.section().equals(section)) {
                section = row.section();
                md.append("\n### ").append(section).append("\n\n| Measurement | Target | Measured | Met? |\n|---|---|---|---|\n");
            }
            md.append("| ").append(cell(row.what())).append(" | ").append(cell(row.target())).append(" | ")
                    .append(cell(row.measured())).append(" | ").append(row.met().label).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
