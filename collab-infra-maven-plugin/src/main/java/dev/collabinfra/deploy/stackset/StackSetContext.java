package dev.collabinfra.deploy.stackset;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.Sleeper;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the stack set classes share for one run: the gateway, where to report, time, a fresh id
 * per run for operation ids (so a retried call is the same operation, a new run a new one), and
 * the masker of the template's NoEcho parameters (for the plan and the overrides lines).
 */
public record StackSetContext(StackSetGateway gateway, ProgressListener listener, Clock clock, Sleeper sleeper, Supplier<String> runIds,
        SecretMasker masker) {

    public StackSetContext {
        masker = masker == null ? SecretMasker.none() : masker;
    }

    /** A context that knows no NoEcho parameter. */
    public StackSetContext(StackSetGateway gateway, ProgressListener listener, Clock clock, Sleeper sleeper, Supplier<String> runIds) {
        this(gateway, listener, clock, sleeper, runIds, SecretMasker.none());
    }
}
