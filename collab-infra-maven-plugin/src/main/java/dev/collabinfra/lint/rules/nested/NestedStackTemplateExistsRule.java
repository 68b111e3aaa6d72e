package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * E3900: a nested stack's local {@code TemplateURL} names a file that does not exist. cfn-lint
 * skips such stacks silently; here the message gives the resolved path and the closest file.
 */
public final class NestedStackTemplateExistsRule implements Rule {

    @Override
    public String id() {
        return "E3900";
    }

    @Override
    public String description() {
        return "Nested stack TemplateURL that is a local path names an existing file";
    }

    @Override
    public void check(LintContext ctx) {
        for (NestedStacks.NestedStack stack : NestedStacks.of(ctx.template())) {
            if (Files.isRegularFile(stack.childPath()) || NestedStacks.outside(ctx.services(), stack.childPath())) {
                NestedStacks.child(ctx.services(), stack); // records the child so the run validates it
                continue;
            }
            String hint = Suggestions.closest(stack.childPath().getFileName().toString(), siblings(stack.childPath()))
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse("; TemplateURL is relative to the directory of " + ctx.template().file().getFileName());
            ctx.report(stack.templateUrl(), "nested stack '" + stack.logicalId() + "': TemplateURL '" + stack.childName()
                    + "' does not exist (resolved to " + stack.childPath() + ")" + hint);
        }
    }

    private static List<String> siblings(Path missing) {
        Path dir = missing.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }
}
