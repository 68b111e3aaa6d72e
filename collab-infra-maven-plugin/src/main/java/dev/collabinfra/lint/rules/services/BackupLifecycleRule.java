package dev.collabinfra.lint.rules.services;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * E3504: an AWS Backup lifecycle that moves recovery points to cold storage keeps them there at
 * least 90 days: DeleteAfterDays is at least MoveToColdStorageAfterDays + 90 (cfn-lint E3504);
 * AWS Backup rejects a shorter one. Checked on the plan's rules and their copy actions, with
 * literal numbers.
 */
public final class BackupLifecycleRule implements Rule {

    private static final long COLD_MINIMUM_DAYS = 90;

    @Override
    public String id() {
        return "E3504";
    }

    @Override
    public String description() {
        return "AWS Backup DeleteAfterDays is at least 90 days after MoveToColdStorageAfterDays";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::Backup::BackupPlan")) {
            if (!(r.properties().get("BackupPlan").orElse(null) instanceof MapNode plan)) {
                continue;
            }
            List<MapNode> lifecycles = new ArrayList<>();
            for (Node rule : plan.get("BackupPlanRule").map(Values::items).orElse(List.of())) {
                if (rule instanceof MapNode m) {
                    m.get("Lifecycle").ifPresent(l -> addMaps(l, lifecycles));
                    for (Node copy : m.get("CopyActions").map(Values::items).orElse(List.of())) {
                        if (copy instanceof MapNode c) {
                            c.get("Lifecycle").ifPresent(l -> addMaps(l, lifecycles));
                        }
                    }
                }
            }
            for (MapNode lifecycle : lifecycles) {
                for (ScalarNode cold : Values.scalars(lifecycle, "MoveToColdStorageAfterDays")) {
                    for (ScalarNode delete : Values.scalars(lifecycle, "DeleteAfterDays")) {
                        Long c = number(cold.value());
                        Long d = number(delete.value());
                        if (c != null && d != null && d < c + COLD_MINIMUM_DAYS) {
                            ctx.report(delete, "Backup plan '" + r.logicalId() + "': DeleteAfterDays " + d + " is less than 90 days after "
                                    + "MoveToColdStorageAfterDays " + c + "; cold storage keeps a recovery point at least 90 days: "
                                    + "set DeleteAfterDays to " + (c + COLD_MINIMUM_DAYS) + " or more");
                        }
                    }
                }
            }
        }
    }

    private static void addMaps(Node node, List<MapNode> out) {
        for (Node candidate : Values.candidates(node)) {
            if (candidate instanceof MapNode m) {
                out.add(m);
            }
        }
    }

    private static Long number(String text) {
        return text.matches("[0-9]{1,12}") ? Long.valueOf(text) : null;
    }
}
