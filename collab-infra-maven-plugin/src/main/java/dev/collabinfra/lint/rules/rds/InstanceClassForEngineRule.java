package dev.collabinfra.lint.rules.rds;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceData;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Scenarios;
import java.util.Map;
import dev.collabinfra.template.ScalarNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * E3062: an RDS DB instance's DBInstanceClass is offered for its Engine and EngineVersion
 * (cfn-lint E3062, on its engine/version/class table). Judged only with a literal EngineVersion:
 * the table lists current versions, so a class missing from all of them may still serve an older one.
 */
public final class InstanceClassForEngineRule implements Rule {

    @Override
    public String id() {
        return "E3062";
    }

    @Override
    public String description() {
        return "RDS DBInstanceClass is offered for the Engine and EngineVersion";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::RDS::DBInstance")) {
            Map<String, Boolean> base = Scenarios.of(ctx, r.node());
            if (base == null) {
                continue;
            }
            for (Scenarios.Branch engine : Scenarios.scalars(ctx, r.properties(), "Engine", base)) {
                String e = ((ScalarNode) engine.node()).value().toLowerCase(Locale.ROOT);
                for (Scenarios.Branch version : Scenarios.scalars(ctx, r.properties(), "EngineVersion", engine.conditions())) {
                    for (Scenarios.Branch cls : Scenarios.scalars(ctx, r.properties(), "DBInstanceClass", version.conditions())) {
                        check(ctx, r, e, ((ScalarNode) version.node()).value(), (ScalarNode) cls.node());
                    }
                }
            }
        }
    }

    private static void check(LintContext ctx, ServiceScope.Resource r, String engine, String version, ScalarNode cls) {
        Set<String> offered = new TreeSet<>();
        boolean rows = false;
        for (ServiceData.RdsClasses row : ServiceData.of(ctx).rdsClasses()) {
            if (row.engine().equals(engine) && row.version().matcher(version).find()) {
                rows = true;
                offered.addAll(row.classes());
            }
        }
        if (!rows || offered.contains(cls.value())) {
            return; // an engine or version the table does not know is not judged
        }
        String size = cls.value().substring(cls.value().lastIndexOf('.') + 1);
        List<String> same = offered.stream().filter(c -> c.endsWith("." + size)).limit(6).toList();
        String hint = same.isEmpty() ? "; see the RDS instance class support table for " + engine
                : "; offered in that size: " + String.join(", ", same);
        ctx.report(cls, "DBInstanceClass '" + cls.value() + "' of '" + r.logicalId() + "' is not offered for engine '" + engine + "'"
                + " version " + version + hint);
    }
}
