package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.support.ShapeRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.regex.Pattern;

/** E1024: {@code Fn::Cidr} is {@code [IpBlock, Count, CidrBits]}; literal values are a CIDR, 1-256 and 0-128. */
public final class CidrRule extends ShapeRule {

    private static final Pattern CIDR = Pattern.compile("[0-9a-fA-F.:]+/\\d{1,3}");

    public CidrRule() {
        super("E1024", "Fn::Cidr", "[IpBlock, Count, CidrBits]", 3);
    }

    @Override
    protected void checkItems(LintContext ctx, ListNode items) {
        requireString(ctx, items.get(0), "IP block");
        ipBlock(ctx, items.get(0), 0);
        range(ctx, items.get(1), "count", 1, 256);
        range(ctx, items.get(2), "CIDR bits", 0, 128);
    }

    /** A literal IP block, or each literal branch of an {@code Fn::If} that chooses it. */
    private static void ipBlock(LintContext ctx, Node block, int depth) {
        if (block instanceof ScalarNode literal && !CIDR.matcher(literal.value()).matches()) {
            ctx.report(literal, "The IP block of Fn::Cidr must be a CIDR such as '10.0.0.0/16', not '" + literal.value() + "'");
        } else if (depth < 8 && block instanceof dev.collabinfra.template.MapNode call && call.size() == 1
                && call.get("Fn::If").orElse(null) instanceof ListNode args && args.size() == 3) {
            ipBlock(ctx, args.get(1), depth + 1);
            ipBlock(ctx, args.get(2), depth + 1);
        }
    }

    private void range(LintContext ctx, Node item, String role, int min, int max) {
        requireString(ctx, item, role);
        if (item instanceof ScalarNode scalar) {
            try {
                int value = Integer.parseInt(scalar.value().strip());
                if (value < min || value > max) {
                    ctx.report(item, "The " + role + " of Fn::Cidr must be between " + min + " and " + max + ", not " + value);
                }
            } catch (NumberFormatException e) {
                ctx.report(item, "The " + role + " of Fn::Cidr must be a whole number, not '" + scalar.value() + "'");
            }
        }
    }
}
