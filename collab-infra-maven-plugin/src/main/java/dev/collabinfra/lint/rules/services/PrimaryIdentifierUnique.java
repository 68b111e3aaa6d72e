package dev.collabinfra.lint.rules.services;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * E3019: two resources of one type with the same literal primary identifier ({@code BucketName},
 * {@code TableName}, {@code RoleName}, ...) cannot both be created (cfn-lint E3019). Resources under
 * different Conditions are not compared, as they may never exist together.
 */
public final class PrimaryIdentifierUnique implements Rule {

    @Override
    public String id() {
        return "E3019";
    }

    @Override
    public String description() {
        return "Resources of one type have unique literal primary identifiers (BucketName, TableName, ...)";
    }

    private record Seen(String logicalId, String condition, List<String> values, dev.collabinfra.template.Position at, boolean[] reported) {}

    @Override
    public void check(LintContext ctx) {
        Map<String, List<Seen>> byType = new LinkedHashMap<>();
        for (ServiceScope.Resource r : ServiceScope.resources(ctx)) {
            Optional<List<String>> ids = r.properties().isEmpty() ? Optional.empty() : PrimaryIdentifierSource.of(ctx, r.type());
            if (ids.isEmpty()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            ScalarNode first = null;
            for (String property : ids.get()) {
                Optional<ScalarNode> v = r.properties().get(property).flatMap(Values::literal);
                if (v.isEmpty()) {
                    values = null; // unset (the service names it) or computed: unique as far as we know
                    break;
                }
                values.add(v.get().value());
                first = first == null ? v.get() : first;
            }
            if (values == null) {
                continue;
            }
            String condition = r.node().getString("Condition").orElse(null);
            List<Seen> seen = byType.computeIfAbsent(r.type(), k -> new ArrayList<>());
            dev.collabinfra.template.Position at = ids.get().size() == 1 ? first.position() : r.properties().position();
            String shown = ids.get().size() == 1 ? ids.get().get(0) + " '" + values.get(0) + "'"
                    : "identifier " + String.join(", ", ids.get()) + " = " + values;
            for (Seen s : seen) {
                if (s.values().equals(values) && Objects.equals(s.condition(), condition)) {
                    if (!s.reported()[0]) {
                        s.reported()[0] = true;
                        ctx.report(s.at(), r.type() + " '" + s.logicalId() + "' has the same " + shown + " as '" + r.logicalId()
                                + "'; give each resource its own name (or leave it out and let CloudFormation name it)");
                    }
                    ctx.report(at, r.type() + " '" + r.logicalId() + "' has the same " + shown + " as '" + s.logicalId()
                            + "'; give each resource its own name (or leave it out and let CloudFormation name it)");
                    break;
                }
            }
            seen.add(new Seen(r.logicalId(), condition, values, at, new boolean[1]));
        }
    }
}
