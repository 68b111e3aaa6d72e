package dev.collabinfra.lint.rules.outputs;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * E6001: each output is a mapping of Value, Description, Export and Condition only; the
 * Description is a string of at most 1,024 bytes and Value is not a literal list or mapping.
 */
public final class OutputConfigurationRule implements Rule {

    static final List<String> KEYS = List.of("Value", "Description", "Export", "Condition");

    @Override
    public String id() {
        return "E6001";
    }

    @Override
    public String description() {
        return "Outputs have only Value, Description, Export and Condition, with valid values";
    }

    @Override
    public void check(LintContext ctx) {
        for (MapNode.Entry entry : ctx.template().outputs().entries()) {
            String name = entry.key();
            if (!(entry.value() instanceof MapNode output)) {
                ctx.report(entry.value(), "Output '" + name + "' must be a mapping with at least a Value");
                continue;
            }
            for (MapNode.Entry key : output.entries()) {
                if (!KEYS.contains(key.key())) {
                    ctx.report(key.keyPosition(), "Output '" + name + "' has unknown key '" + key.key() + "'"
                            + Suggestions.closest(key.key(), KEYS).map(s -> "; did you mean '" + s + "'?")
                                    .orElse("; allowed are Value, Description, Export and Condition"));
                }
            }
            output.get("Description").ifPresent(description -> {
                if (!(description instanceof ScalarNode scalar)) {
                    ctx.report(description, "Description of output '" + name + "' must be a literal string");
                } else if (scalar.value().getBytes(StandardCharsets.UTF_8).length > 1024) {
                    ctx.report(description, "Description of output '" + name + "' is over the 1,024-byte limit; shorten it");
                }
            });
            output.get("Value").ifPresent(value -> {
                if (!FunctionRule.isStringish(value)) {
                    ctx.report(value, "Value of output '" + name + "' must be a string or a function that returns one, not "
                            + FunctionRule.what(value) + "; use Fn::Join to turn a list into a string");
                }
            });
        }
    }
}
