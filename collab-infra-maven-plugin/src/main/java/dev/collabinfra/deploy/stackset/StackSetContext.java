package dev.collabinfra.deploy.stackset;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.deploy.Sleeper;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the stack set classes share for one run: the gateway, where to report, time, and a fresh id
 * per run for operation ids (so a retried call is the same operation, a new run a new one).
 */
public record StackSetContext(StackSetGateway gateway, ProgressListener listener, Clock clock, Sleeper sleeper, Supplier<String> runIds) {}
