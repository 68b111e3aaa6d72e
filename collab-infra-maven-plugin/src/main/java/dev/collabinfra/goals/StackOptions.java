package dev.collabinfra.goals;

import dev.collabinfra.core.UserException;
import java.time.Duration;
import java.util.List;

/**
 * What the stack goals share besides the environment.
 *
 * @param capabilities capabilities from the POM, added to the environment's
 * @param timeoutMinutes how long to wait for CloudFormation
 * @param events how much of the event stream to print ({@code -Dcollab-infra.events}); null for the default
 */
public record StackOptions(List<String> capabilities, int timeoutMinutes, String events) {

    /** The default event view. */
    public StackOptions(List<String> capabilities, int timeoutMinutes) {
        this(capabilities, timeoutMinutes, null);
    }

    /** The event view; an unknown value names the property. */
    public dev.collabinfra.deploy.EventsMode eventsMode() {
        return dev.collabinfra.deploy.EventsMode.parse(events, "-D" + PropertyNames.EVENTS);
    }

    public StackOptions {
        capabilities = capabilities == null ? List.of()
                : capabilities.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    /** The timeout; a value of 0 or below names the POM element and the property. */
    public Duration timeout() {
        if (timeoutMinutes <= 0) {
            throw new UserException("<timeout> (-D" + PropertyNames.TIMEOUT + ") must be a number of minutes above 0, not " + timeoutMinutes);
        }
        return Duration.ofMinutes(timeoutMinutes);
    }
}
