package dev.collabinfra.deploy;

import dev.collabinfra.core.UserException;
import java.util.Locale;

/**
 * How much of the event stream a deploy prints ({@code collab-infra.events}). Whatever the mode,
 * failures are printed (at ERROR), the progress line shows during long waits and a closing summary
 * gives each stack's result, duration and resources changed.
 */
public enum EventsMode {
    /** Every resource event of every stack. */
    ALL,
    /** Each stack's own status changes and every failure: a readable release log for big trees. */
    STACKS,
    /** Failures only. */
    FAILURES;

    /** The default: {@link #STACKS}, so an 87-resource tree reads in a screen and no failure is hidden. */
    public static final EventsMode DEFAULT = STACKS;

    /**
     * @param property the property the value came from, for the message
     */
    public static EventsMode parse(String value, String property) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("'" + value.strip() + "' is not a value of " + property + "; use all, stacks or failures.");
        }
    }
}
