package dev.collabinfra.lint.rules.ecs;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceData;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.ScalarNode;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * E3047: a Fargate task definition's Cpu and Memory are one of the pairs Fargate runs (cfn-lint
 * E3047, on its table): 256 CPU units with 512, 1024 or 2048 MiB, 512 with 1-4 GB, and so on.
 * Both numbers ({@code 1024}) and units ({@code 1 vCPU}, {@code 2 GB}) are read.
 */
public final class FargateCpuMemoryRule implements Rule {

    private static final Pattern VCPU = Pattern.compile("^(\\d*\\.?\\d+)\\s*vcpu$");
    private static final Pattern GB = Pattern.compile("^(\\d*\\.?\\d+)\\s*gb$");

    @Override
    public String id() {
        return "E3047";
    }

    @Override
    public String description() {
        return "Fargate task definitions use a supported Cpu and Memory pair";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::ECS::TaskDefinition")) {
            boolean fargate = r.properties().get("RequiresCompatibilities").map(Values::items).orElse(java.util.List.of()).stream()
                    .anyMatch(n -> n instanceof ScalarNode s && s.value().equals("FARGATE"));
            if (!fargate) {
                continue;
            }
            Map<Integer, ServiceData.FargateMemory> table = ServiceData.of(ctx).fargate();
            java.util.Map<String, Boolean> base = dev.collabinfra.lint.rules.services.Scenarios.of(ctx, r.node());
            if (base == null) {
                continue;
            }
            for (var cpuBranch : dev.collabinfra.lint.rules.services.Scenarios.scalars(ctx, r.properties(), "Cpu", base)) {
                ScalarNode cpuNode = (ScalarNode) cpuBranch.node();
                for (var memBranch : dev.collabinfra.lint.rules.services.Scenarios.scalars(ctx, r.properties(), "Memory", cpuBranch.conditions())) {
                    ScalarNode memNode = (ScalarNode) memBranch.node();
                    OptionalInt cpu = units(cpuNode.value(), VCPU);
                    OptionalInt memory = units(memNode.value(), GB);
                    if (cpu.isEmpty() || memory.isEmpty()) {
                        continue; // not a size: the schema's pattern check says so
                    }
                    ServiceData.FargateMemory allowed = table.get(cpu.getAsInt());
                    if (allowed == null) {
                        ctx.report(propertiesAt(r), "Fargate task '" + r.logicalId() + "' Cpu " + cpuNode.value() + " is not a Fargate size; use one of "
                                + table.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")) + " (CPU units)");
                    } else if (!allowed.allows(memory.getAsInt())) {
                        ctx.report(propertiesAt(r), "Fargate task '" + r.logicalId() + "' Memory " + memNode.value() + " does not go with Cpu "
                                + cpuNode.value() + "; with " + cpu.getAsInt() + " CPU units use " + allowed.describe() + " MiB");
                    }
                }
            }
        }
    }

    /** Reported at the Properties key, where cfn-lint reports it (the message names both values). */
    private static dev.collabinfra.template.Position propertiesAt(ServiceScope.Resource r) {
        return r.node().entry("Properties").map(dev.collabinfra.template.MapNode.Entry::keyPosition).orElse(r.at());
    }

    /** A size in the rule's base unit (CPU units, MiB): a whole number, or a number with vCPU/GB. */
    static OptionalInt units(String text, Pattern unit) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+")) {
            return t.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(t));
        }
        Matcher m = unit.matcher(t);
        if (m.matches() && m.group(1).length() < 9) {
            double v = Double.parseDouble(m.group(1)) * 1024;
            return v == Math.rint(v) ? OptionalInt.of((int) v) : OptionalInt.empty();
        }
        return OptionalInt.empty();
    }
}
