package dev.collabinfra.lint.resolve;

/** A condition's value for one environment: known true, known false, or not decidable offline. */
public enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }
}
