package dev.collabinfra.goals;

import dev.collabinfra.lint.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The validations already run in this build, so that {@code validate} in {@code verify} after
 * {@code package} (or {@code deploy} after both) reuses the result instead of validating again and
 * rewriting the reports. The Maven side keeps it in the project's context; tests use {@link #inMemory()}.
 */
public interface ValidationRecord {

    /** One validation: which goal ran it, with which settings, and what it found. */
    record Entry(String goal, ValidateSettings settings, ValidationResult result) {}

    /** Every validation of this build so far, oldest first. */
    List<Entry> entries();

    void add(Entry entry);

    /** An earlier validation with exactly these settings. */
    default Optional<Entry> find(ValidateSettings settings) {
        return entries().stream().filter(e -> e.settings().equals(settings)).findFirst();
    }

    /** A record that lives as long as the object: one per build. */
    static ValidationRecord inMemory() {
        List<Entry> entries = new ArrayList<>();
        return new ValidationRecord() {
            @Override
            public List<Entry> entries() {
                return List.copyOf(entries);
            }

            @Override
            public void add(Entry entry) {
                entries.add(entry);
            }
        };
    }
}
