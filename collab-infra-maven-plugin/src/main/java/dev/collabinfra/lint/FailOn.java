package dev.collabinfra.lint;

import dev.collabinfra.template.Severity;
import java.util.Locale;
import java.util.Optional;

/** The least serious finding that fails the build; {@link #NONE} never fails it. */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NONE(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** True when a finding of this severity fails the build. */
    public boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    /** The value as users write it: {@code error}, {@code warning}, {@code info} or {@code none}. */
    public String userValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a user-written value, case-insensitively; empty when it is none of the four. */
    public static Optional<FailOn> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (FailOn candidate : values()) {
            if (candidate.userValue().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
