package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.LocalPaths;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code AWS::CloudFormation::Stack} resources of a template whose {@code TemplateURL} is a
 * local path (relative to the parent file's directory), and their child templates, parsed once per
 * run through {@link LintServices}. Every child found is recorded with the services so the
 * validation run lints it too, even when it lies outside the templates directory.
 */
public final class NestedStacks {

    public static final String STACK_TYPE = "AWS::CloudFormation::Stack";

    /**
     * One nested stack with a local template.
     *
     * @param logicalId the stack resource's logical id in the parent
     * @param resource the stack resource
     * @param templateUrl the TemplateURL scalar
     * @param childPath where the child template should be (absolute, normalized)
     * @param childName the child relative to the parent's directory, for messages ({@code network.yaml})
     */
    record NestedStack(String logicalId, MapNode resource, ScalarNode templateUrl, Path childPath, String childName) {

        /** The Properties mapping (empty when absent or not a mapping). */
        MapNode properties() {
            return resource.getMap("Properties").orElseGet(() -> MapNode.empty(resource.position()));
        }

        /** "network.yaml:12:3" for a position in the child. */
        String at(Position position) {
            return childName + ":" + position.line() + ":" + position.column();
        }
    }

    private NestedStacks() {}

    /** The template's nested stacks with local TemplateURLs, in source order. */
    static List<NestedStack> of(Template template) {
        List<NestedStack> stacks = new ArrayList<>();
        Path dir = template.file().toAbsolutePath().normalize().getParent();
        for (MapNode.Entry entry : template.resources().entries()) {
            if (!(entry.value() instanceof MapNode resource)
                    || !resource.getString("Type").filter(STACK_TYPE::equals).isPresent()) {
                continue;
            }
            Optional<Node> url = resource.getMap("Properties").flatMap(p -> p.get("TemplateURL"));
            if (url.isEmpty() || !(url.get() instanceof ScalarNode scalar) || Intrinsics.isFunction(url.get())) {
                continue;
            }
            String text = scalar.value().trim();
            // one rule with packaging (LocalPaths): URLs are left alone; file://, backslashes and NUL are E3909's finding
            if (text.isEmpty() || LocalPaths.isUrl(text) || LocalPaths.problem(text).isPresent()) {
                continue;
            }
            Path childPath = dir == null ? Path.of(text).toAbsolutePath().normalize() : LocalPaths.resolve(dir, text);
            String shown = dir == null ? text : dir.relativize(childPath).toString();
            stacks.add(new NestedStack(entry.key(), resource, scalar, childPath, shown));
        }
        return stacks;
    }

    /** The child template, parsed, when the file exists and could be read into a template. */
    static Optional<Template> child(LintServices services, NestedStack stack) {
        if (!Files.isRegularFile(stack.childPath()) || outside(services, stack.childPath())) {
            return Optional.empty();
        }
        services.discovered(stack.childPath());
        return Optional.ofNullable(services.parse(stack.childPath()).template());
    }

    /** True when the run knows the project directory and {@code path} is outside it (E3909's finding; never read). */
    static boolean outside(LintServices services, Path path) {
        return services.outsideProject(path);
    }

    /** The nested stacks of the template being checked, each with its parsed child (those that parse). */
    static List<Resolved> resolved(LintContext ctx) {
        List<Resolved> result = new ArrayList<>();
        for (NestedStack stack : of(ctx.template())) {
            child(ctx.services(), stack).ifPresent(child -> result.add(new Resolved(stack, child)));
        }
        return result;
    }

    /** A nested stack and its parsed child template. */
    record Resolved(NestedStack stack, Template child) {}
}
