package dev.collabinfra.lint.rules.lmbd;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceData;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.ScalarNode;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The three phases of a Lambda runtime's end of life (cfn-lint's {@code LmbdRuntimeLifecycle.json}),
 * judged on the day the build runs: deprecated (W2531), creation blocked (E2531), update blocked
 * (E2533). Each phase is its own rule; this base holds the date arithmetic and the message.
 */
abstract class RuntimeLifecycle implements Rule {

    /** Which phase a runtime is in on a day. */
    enum Phase { SUPPORTED, DEPRECATED, CREATE_BLOCKED, UPDATE_BLOCKED }

    private final Clock clock;
    private final Phase phase;

    RuntimeLifecycle(Clock clock, Phase phase) {
        this.clock = clock;
        this.phase = phase;
    }

    static Phase phase(ServiceData.Runtime r, LocalDate today) {
        if (!r.updateBlock().isEmpty() && !LocalDate.parse(r.updateBlock()).isAfter(today)) {
            return Phase.UPDATE_BLOCKED;
        }
        if (!r.createBlock().isEmpty() && !LocalDate.parse(r.createBlock()).isAfter(today)) {
            return Phase.CREATE_BLOCKED;
        }
        if (!r.deprecated().isEmpty() && !LocalDate.parse(r.deprecated()).isAfter(today)) {
            return Phase.DEPRECATED;
        }
        return Phase.SUPPORTED;
    }

    @Override
    public void check(LintContext ctx) {
        LocalDate today = LocalDate.now(clock);
        for (ServiceScope.Resource fn : ServiceScope.resources(ctx, "AWS::Lambda::Function")) {
            for (ScalarNode value : Values.scalars(fn.properties(), "Runtime")) {
                ServiceData.Runtime r = ServiceData.of(ctx).runtimes().get(value.value());
                if (r != null && phase(r, today) == phase) {
                    ctx.report(value, message(fn.logicalId(), r));
                }
            }
        }
    }

    private String message(String id, ServiceData.Runtime r) {
        String what = switch (phase) {
            case DEPRECATED -> "was deprecated on " + r.deprecated() + "; creating functions with it is blocked from "
                    + r.createBlock() + " and updating them from " + r.updateBlock();
            case CREATE_BLOCKED -> "was deprecated on " + r.deprecated() + "; new functions cannot use it since "
                    + r.createBlock() + " and updates are blocked from " + r.updateBlock();
            default -> "was deprecated on " + r.deprecated() + "; Lambda blocks creating (since " + r.createBlock()
                    + ") and updating (since " + r.updateBlock() + ") functions that use it";
        };
        String fix = r.successor().isEmpty() ? "move to a supported runtime" : "move to '" + r.successor() + "'";
        return "Runtime '" + r.name() + "' of '" + id + "' " + what + "; " + fix;
    }
}
