package dev.collabinfra.lint.rules.lmbd;

import java.time.Clock;

/** E2533: Lambda runtime past its update block date, judged on the day the build runs. */
public final class DeprecatedRuntimeUpdateRule extends RuntimeLifecycle {

    public DeprecatedRuntimeUpdateRule() {
        this(Clock.systemUTC());
    }

    /** @param clock the day to judge on (tests pass a fixed clock) */
    public DeprecatedRuntimeUpdateRule(Clock clock) {
        super(clock, Phase.UPDATE_BLOCKED);
    }

    @Override
    public String id() {
        return "E2533";
    }

    @Override
    public String description() {
        return "Lambda runtime past its update block date";
    }
}
