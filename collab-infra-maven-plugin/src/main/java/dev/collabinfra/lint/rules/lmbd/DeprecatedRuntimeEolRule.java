package dev.collabinfra.lint.rules.lmbd;

import java.time.Clock;

/** W2531: Lambda runtime deprecated (warning until creation is blocked), judged on the day the build runs. */
public final class DeprecatedRuntimeEolRule extends RuntimeLifecycle {

    public DeprecatedRuntimeEolRule() {
        this(Clock.systemUTC());
    }

    /** @param clock the day to judge on (tests pass a fixed clock) */
    public DeprecatedRuntimeEolRule(Clock clock) {
        super(clock, Phase.DEPRECATED);
    }

    @Override
    public String id() {
        return "W2531";
    }

    @Override
    public String description() {
        return "Lambda runtime deprecated (warning until creation is blocked)";
    }
}
