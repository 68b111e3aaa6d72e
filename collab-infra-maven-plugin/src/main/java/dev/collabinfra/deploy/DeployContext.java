package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the deploy classes share for one run: the gateway, where to report, time, where client
 * request tokens come from (one prefix per run, so a retried call is recognised by CloudFormation
 * and a new run never collides with an old one), and how much of the event stream to print.
 *
 * @param runIds gives a fresh id per run (a UUID in production, a counter in tests)
 * @param events how much of the event stream to print ({@code collab-infra.events})
 */
public record DeployContext(
        StackGateway gateway, ProgressListener listener, Clock clock, Sleeper sleeper, boolean batchMode, Supplier<String> runIds,
        EventsMode events) {

    /** A context with the default event view. */
    public DeployContext(StackGateway gateway, ProgressListener listener, Clock clock, Sleeper sleeper, boolean batchMode,
            Supplier<String> runIds) {
        this(gateway, listener, clock, sleeper, batchMode, runIds, EventsMode.DEFAULT);
    }

    public DeployContext {
        events = events == null ? EventsMode.DEFAULT : events;
    }

    /** The same context with another event view. */
    public DeployContext withEvents(EventsMode mode) {
        return new DeployContext(gateway, listener, clock, sleeper, batchMode, runIds, mode);
    }

    /** An event stream that masks with the given masker, in this run's view. */
    StackEventStream eventStream(ProgressListener out, SecretMasker masker) {
        return eventStream(out, masker, EventView.DEFAULT_ADDRESS_WIDTH);
    }

    /** @param addressWidth the address column's width (the longest address the plan shows) */
    StackEventStream eventStream(ProgressListener out, SecretMasker masker, int addressWidth) {
        return new StackEventStream(gateway, out, masker, clock, sleeper, batchMode).view(events, addressWidth);
    }
}
