package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the deploy classes share for one run: the gateway, where to report, time, and where client
 * request tokens come from (one prefix per run, so a retried call is recognised by CloudFormation
 * and a new run never collides with an old one).
 *
 * @param runIds gives a fresh id per run (a UUID in production, a counter in tests)
 */
public record DeployContext(
        StackGateway gateway, ProgressListener listener, Clock clock, Sleeper sleeper, boolean batchMode, Supplier<String> runIds) {

    /** An event stream that masks with the given masker. */
    StackEventStream eventStream(ProgressListener out, SecretMasker masker) {
        return new StackEventStream(gateway, out, masker, clock, sleeper, batchMode);
    }
}
