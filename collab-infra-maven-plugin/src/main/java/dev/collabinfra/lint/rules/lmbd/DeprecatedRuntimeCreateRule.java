package dev.collabinfra.lint.rules.lmbd;

import java.time.Clock;

/** E2531: Lambda runtime past its creation block date, judged on the day the build runs. */
public final class DeprecatedRuntimeCreateRule extends RuntimeLifecycle {

    public DeprecatedRuntimeCreateRule() {
        this(Clock.systemUTC());
    }

    /** @param clock the day to judge on (tests pass a fixed clock) */
    public DeprecatedRuntimeCreateRule(Clock clock) {
        super(clock, Phase.CREATE_BLOCKED);
    }

    @Override
    public String id() {
        return "E2531";
    }

    @Override
    public String description() {
        return "Lambda runtime past its creation block date";
    }
}
