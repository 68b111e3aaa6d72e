package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.ListNode;
import dev.collabinfra.testendpoint.template.MapNode;
import dev.collabinfra.testendpoint.template.Node;
import dev.collabinfra.testendpoint.template.ScalarNode;
import java.util.Locale;
import java.util.Optional;

/**
 * A resource-level fault a template asks for in its Metadata:
 * <pre>
 * Metadata:
 *   LocalEndpoint:
 *     FailOn: CREATE            # or UPDATE, DELETE, ROLLBACK, or a list of them
 *     Reason: "Table already exists"
 * </pre>
 * CREATE fails the create (the stack rolls back), UPDATE fails the update (update rollback),
 * DELETE fails DeleteStack (DELETE_FAILED; not the deletes of a rollback), ROLLBACK fails putting
 * the resource back during an update rollback (UPDATE_ROLLBACK_FAILED, for ContinueUpdateRollback).
 * {@code Delay: 2000} (milliseconds) makes this resource take that long instead of the endpoint's
 * per-resource delay, e.g. to catch a stack while it is in progress.
 */
final class InjectedFault {

    private InjectedFault() {}

    /** The resource's own provisioning time, when its Metadata sets {@code LocalEndpoint: Delay: MILLIS}. */
    static Optional<java.time.Duration> delay(Node definition) {
        if (!(definition instanceof MapNode resource)) {
            return Optional.empty();
        }
        return resource.getMap("Metadata").flatMap(m -> m.getMap("LocalEndpoint")).flatMap(m -> m.getString("Delay"))
                .map(millis -> java.time.Duration.ofMillis(Long.parseLong(millis.trim())));
    }

    /** The failure reason when {@code definition} asks to fail on {@code operation}. */
    static Optional<String> reason(Node definition, String operation) {
        if (!(definition instanceof MapNode resource)) {
            return Optional.empty();
        }
        Optional<MapNode> settings = resource.getMap("Metadata").flatMap(m -> m.getMap("LocalEndpoint"));
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        Node failOn = settings.get().get("FailOn").orElse(null);
        boolean matches = failOn instanceof ScalarNode scalar && scalar.value().equalsIgnoreCase(operation)
                || failOn instanceof ListNode list && list.items().stream().anyMatch(
                        i -> i instanceof ScalarNode s && s.value().toUpperCase(Locale.ROOT).equals(operation));
        if (!matches) {
            return Optional.empty();
        }
        return Optional.of(settings.get().getString("Reason")
                .orElse("Resource handler returned message: \"Injected failure on " + operation + "\""));
    }
}
