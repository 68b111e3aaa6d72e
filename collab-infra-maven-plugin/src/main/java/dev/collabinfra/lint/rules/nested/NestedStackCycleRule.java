package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * E3901: a template nests itself, directly or through other local templates. CloudFormation
 * would recurse until it hits the nesting limit; the message shows the chain of files.
 */
public final class NestedStackCycleRule implements Rule {

    @Override
    public String id() {
        return "E3901";
    }

    @Override
    public String description() {
        return "Local nested stack templates do not nest themselves, directly or through others";
    }

    @Override
    public void check(LintContext ctx) {
        Path self = ctx.template().file().toAbsolutePath().normalize();
        Path base = self.getParent();
        for (NestedStacks.NestedStack stack : NestedStacks.of(ctx.template())) {
            List<Path> chain = new ArrayList<>();
            chain.add(self);
            if (reaches(ctx.services(), stack.childPath(), self, chain, new HashSet<>())) {
                List<String> names = new ArrayList<>();
                for (Path p : chain) {
                    names.add(base == null ? p.toString() : base.relativize(p).toString());
                }
                ctx.report(stack.templateUrl(), "nested stack '" + stack.logicalId() + "' makes a cycle: " + String.join(" -> ", names)
                        + "; a template cannot nest itself, directly or through others");
            }
        }
    }

    /** Depth-first search from {@code from} back to {@code target}, extending {@code chain} with the path found. */
    private static boolean reaches(LintServices services, Path from, Path target, List<Path> chain, Set<Path> seen) {
        chain.add(from);
        if (from.equals(target)) {
            return true;
        }
        if (seen.add(from)) {
            Optional<Template> template = parse(services, from);
            if (template.isPresent()) {
                for (NestedStacks.NestedStack next : NestedStacks.of(template.get())) {
                    if (reaches(services, next.childPath(), target, chain, seen)) {
                        return true;
                    }
                }
            }
        }
        chain.remove(chain.size() - 1);
        return false;
    }

    private static Optional<Template> parse(LintServices services, Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.ofNullable(services.parse(file).template());
    }
}
