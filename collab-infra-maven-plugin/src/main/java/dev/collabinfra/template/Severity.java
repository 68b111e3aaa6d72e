package dev.collabinfra.template;

/** How serious a finding is; the first letter of a rule id (E, W, I) says the default. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
