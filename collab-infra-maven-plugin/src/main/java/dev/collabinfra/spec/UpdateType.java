package dev.collabinfra.spec;

/** What changing a property does to the resource: update in place, replace it, or it depends. */
public enum UpdateType {
    MUTABLE,
    IMMUTABLE,
    CONDITIONAL;

    /** Parses the spec's {@code Mutable}/{@code Immutable}/{@code Conditional} (or M/I/C); null when absent. */
    static UpdateType parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return switch (text.charAt(0)) {
            case 'M' -> MUTABLE;
            case 'I' -> IMMUTABLE;
            case 'C' -> CONDITIONAL;
            default -> null;
        };
    }
}
