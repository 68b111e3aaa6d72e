package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.LocalPaths;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * E3909: a local path that {@code package} would ship ({@code TemplateURL}, {@code Code},
 * {@code Content}, {@code CodeUri} written as a plain string) is one it can ship: not a
 * {@code file://} URL, no backslash or control character, and inside the project directory (or a
 * directory listed in {@code allowedOutsideDirectories}), after following symbolic links. The same
 * rule as packaging ({@link LocalPaths}), so {@code validate} warns before {@code package} refuses.
 */
public final class LocalPathRule implements Rule {

    /** Type and property of every value packaging reads as a local path (as {@code bundle.ReferenceKind}). */
    private static final List<String[]> PROPERTIES = List.of(
            new String[] {"AWS::CloudFormation::Stack", "TemplateURL"},
            new String[] {"AWS::Lambda::Function", "Code"},
            new String[] {"AWS::Lambda::LayerVersion", "Content"},
            new String[] {"AWS::Serverless::Function", "CodeUri"});

    @Override
    public String id() {
        return "E3909";
    }

    @Override
    public String description() {
        return "Local TemplateURL/Code/Content/CodeUri paths can be packaged: no file://, no backslash, inside the project";
    }

    @Override
    public void check(LintContext ctx) {
        Path dir = ctx.template().file().toAbsolutePath().normalize().getParent();
        for (MapNode.Entry entry : ctx.template().resources().entries()) {
            if (!(entry.value() instanceof MapNode resource)) {
                continue;
            }
            Optional<String> type = resource.getString("Type");
            Optional<MapNode> properties = resource.getMap("Properties");
            if (type.isEmpty() || properties.isEmpty()) {
                continue;
            }
            for (String[] property : PROPERTIES) {
                if (!property[0].equals(type.get())) {
                    continue;
                }
                Optional<Node> value = properties.get().get(property[1]);
                if (value.isPresent() && value.get() instanceof ScalarNode scalar && scalar.kind() == ScalarKind.STRING
                        && !scalar.value().isBlank() && !LocalPaths.isUrl(scalar.value())) {
                    check(ctx, dir, entry.key(), property[1], scalar);
                }
            }
        }
    }

    private static void check(LintContext ctx, Path dir, String logicalId, String property, ScalarNode scalar) {
        String what = property + " '" + printable(scalar.value()) + "' of " + logicalId;
        Optional<String> problem = LocalPaths.problem(scalar.value());
        if (problem.isPresent()) {
            ctx.report(scalar, what + " " + problem.get());
            return;
        }
        Optional<Path> root = ctx.services().projectRoot();
        if (root.isEmpty() || dir == null) {
            return; // a run without a project directory (a single file from a test or tool) cannot judge "outside"
        }
        Path target = LocalPaths.resolve(dir, scalar.value());
        if (!LocalPaths.inside(target, root.get(), ctx.services().allowedOutside())) {
            String real = LocalPaths.realPath(target).filter(r -> !r.equals(target)).map(r -> " (" + r + ")").orElse("");
            ctx.report(scalar, what + " resolves to " + target + real + ", outside the project directory " + root.get()
                    + "; package refuses to ship it: move the files into the project, or list the directory in"
                    + " <allowedOutsideDirectories>");
        }
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > 200 ? out + "..." : out.toString();
    }
}
