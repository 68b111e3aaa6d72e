package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.ScalarNode;
import java.nio.charset.StandardCharsets;

/** E1003: the template Description is at most 1,024 bytes (a CloudFormation quota). */
public final class DescriptionLengthRule implements Rule {

    static final int MAX_BYTES = 1024;

    @Override
    public String id() {
        return "E1003";
    }

    @Override
    public String description() {
        return "Template Description is at most 1,024 bytes";
    }

    @Override
    public void check(LintContext ctx) {
        ctx.template().root().get("Description").ifPresent(node -> {
            if (node instanceof ScalarNode scalar) {
                int bytes = scalar.value().getBytes(StandardCharsets.UTF_8).length;
                if (bytes > MAX_BYTES) {
                    ctx.report(node, "Description is " + bytes + " bytes, over CloudFormation's limit of " + MAX_BYTES
                            + "; shorten it (move detail into Metadata or a README)");
                }
            }
        });
    }
}
