package dev.collabinfra.bundle;

import dev.collabinfra.core.UserException;
import dev.collabinfra.template.ParseIssue;
import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Severity;
import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds a {@link Bundle} from a main template: follows every local {@code TemplateURL}
 * recursively and collects the local code paths, each resolved against its template's directory.
 * A missing path, an unparsable template or a template that nests itself is a
 * {@link UserException} naming the file and line.
 */
public final class BundleResolver {

    private final TemplateParser parser;
    private final Path displayRoot;

    /** @param displayRoot messages show files relative to this directory (the project's base directory) */
    public BundleResolver(TemplateParser parser, Path displayRoot) {
        this.parser = parser;
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
    }

    private record Found(ReferenceKind kind, String logicalId, ScalarNode node, Path target) {}

    private record Parsed(Template template, byte[] bytes, List<Found> references) {}

    public Bundle resolve(Path mainTemplate) {
        Path main = mainTemplate.toAbsolutePath().normalize();
        if (!Files.isRegularFile(main)) {
            throw new UserException("Main template " + display(main) + " does not exist; create it or point "
                    + "<mainTemplate> (-Dcollab-infra.mainTemplate) at your main template");
        }
        Map<Path, Parsed> templates = new LinkedHashMap<>();
        Map<Path, ReferenceKind> code = new LinkedHashMap<>();
        visit(main, new ArrayDeque<>(), templates, code);

        List<Path> anchors = new ArrayList<>();
        templates.keySet().forEach(p -> anchors.add(p.getParent()));
        code.keySet().forEach(p -> anchors.add(p.getParent()));
        Path root = commonAncestor(anchors);

        Map<Path, String> bundlePaths = new LinkedHashMap<>();
        List<BundleFile> files = new ArrayList<>();
        templates.forEach((path, parsed) -> {
            String name = relative(root, path);
            bundlePaths.put(path, name);
            files.add(new BundleFile(name, BundleFile.Kind.TEMPLATE, parsed.bytes(), name));
        });
        code.keySet().forEach(path -> {
            BundleFile file = codeFile(root, path);
            bundlePaths.put(path, file.path());
            files.add(file);
        });
        List<BundleTemplate> bundleTemplates = new ArrayList<>();
        templates.forEach((path, parsed) -> bundleTemplates.add(new BundleTemplate(bundlePaths.get(path), parsed.template(),
                parsed.references().stream()
                        .map(f -> new BundleReference(f.kind(), f.logicalId(), f.node(), bundlePaths.get(f.target())))
                        .toList())));
        return new Bundle(bundlePaths.get(main), files, bundleTemplates);
    }

    private void visit(Path file, Deque<Path> chain, Map<Path, Parsed> templates, Map<Path, ReferenceKind> code) {
        if (templates.containsKey(file)) {
            return;
        }
        chain.addLast(file);
        Parsed parsed = parse(file);
        templates.put(file, parsed);
        for (Found ref : parsed.references()) {
            if (ref.kind().isCode()) {
                code.putIfAbsent(ref.target(), ref.kind());
                continue;
            }
            if (chain.contains(ref.target())) {
                String cycle = chain.stream().dropWhile(p -> !p.equals(ref.target())).map(this::display)
                        .collect(Collectors.joining(" -> ")) + " -> " + display(ref.target());
                throw new UserException(where(file, ref.node()) + ": TemplateURL of " + ref.logicalId()
                        + " nests a template inside itself (" + cycle + "); a stack cannot contain itself: "
                        + "remove or change this TemplateURL");
            }
            visit(ref.target(), chain, templates, code);
        }
        chain.removeLast();
    }

    private Parsed parse(Path file) {
        byte[] bytes;
        ParseResult result;
        try {
            bytes = Files.readAllBytes(file);
            result = parser.parse(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ParseIssue> errors = result.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
        if (result.template() == null || !errors.isEmpty()) {
            throw new UserException(errors.stream()
                    .map(i -> display(file) + ":" + i.position() + ": " + i.message())
                    .collect(Collectors.joining("\n", "Cannot package " + display(file) + ", it does not parse:\n",
                            "\nFix the template (mvn collab-infra:validate lists every problem)")));
        }
        Template template = result.template();
        List<Found> found = new ArrayList<>();
        for (ReferenceScanner.LocalPath local : ReferenceScanner.scan(template)) {
            Path target = file.getParent().resolve(local.node().value()).normalize();
            boolean ok = local.kind().isCode() ? Files.exists(target) : Files.isRegularFile(target);
            if (!ok) {
                throw new UserException(where(file, local.node()) + ": " + local.kind().property() + " '"
                        + local.node().value() + "' of " + local.logicalId() + " points to " + display(target)
                        + ", which " + (Files.exists(target) ? "is not a file" : "does not exist")
                        + "; fix the path (it is relative to " + display(file.getParent()) + ") or use an s3:// or https:// URL");
            }
            found.add(new Found(local.kind(), local.logicalId(), local.node(), target));
        }
        return new Parsed(template, bytes, found);
    }

    private static BundleFile codeFile(Path root, Path path) {
        String name = relative(root, path);
        try {
            if (Files.isDirectory(path)) {
                return new BundleFile(name + ".zip", BundleFile.Kind.CODE_ARCHIVE, ReproducibleZip.zipDirectory(path), name);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".zip") || lower.endsWith(".jar")) {
                return new BundleFile(name, BundleFile.Kind.CODE_PACKAGE, Files.readAllBytes(path), name);
            }
            return new BundleFile(name + ".zip", BundleFile.Kind.CODE_ARCHIVE, ReproducibleZip.zipFile(path), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path commonAncestor(List<Path> paths) {
        Path common = paths.get(0);
        for (Path p : paths) {
            while (!p.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private String where(Path file, ScalarNode node) {
        return display(file) + ":" + node.position();
    }

    private String display(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        return (normalized.startsWith(displayRoot) ? displayRoot.relativize(normalized) : normalized).toString().replace('\\', '/');
    }
}
