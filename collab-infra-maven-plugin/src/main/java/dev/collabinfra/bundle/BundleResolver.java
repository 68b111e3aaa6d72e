package dev.collabinfra.bundle;

import dev.collabinfra.core.UserException;
import dev.collabinfra.template.LocalPaths;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a {@link Bundle} from a main template: follows every local {@code TemplateURL}
 * recursively and collects the local code paths, each resolved against its template's directory.
 * A missing path, an unparsable template or a template that nests itself is a
 * {@link UserException} naming the file and line.
 */
public final class BundleResolver {

    /** Deepest chain of nested templates followed; deeper is a clear error, not a stack overflow. */
    public static final int MAX_NESTING_DEPTH = 1000;

    private final TemplateParser parser;
    private final Path displayRoot;
    private final List<Path> allowedOutside;
    private final Path buildDirectory;

    /** @param displayRoot the project's base directory: messages show files relative to it, and nothing outside it is packaged */
    public BundleResolver(TemplateParser parser, Path displayRoot) {
        this(parser, displayRoot, List.of());
    }

    /**
     * @param projectRoot the project's base directory: messages show files relative to it, and
     *     every local template and code path must resolve inside it
     * @param allowedOutside directories outside the project the user explicitly allowed (the
     *     {@code allowedOutsideDirectories} parameter); empty by default
     */
    public BundleResolver(TemplateParser parser, Path projectRoot, List<Path> allowedOutside) {
        this.parser = parser;
        this.displayRoot = projectRoot.toAbsolutePath().normalize();
        this.allowedOutside = allowedOutside.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.buildDirectory = displayRoot.resolve("target");
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
        Map<String, Path> sources = new LinkedHashMap<>();
        List<BundleFile> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        templates.forEach((path, parsed) -> {
            String name = relative(root, path);
            claim(sources, name, path);
            bundlePaths.put(path, name);
            files.add(new BundleFile(name, BundleFile.Kind.TEMPLATE, parsed.bytes(), name));
        });
        code.keySet().forEach(path -> {
            BundleFile file = codeFile(root, path, warnings);
            claim(sources, file.path(), path);
            bundlePaths.put(path, file.path());
            files.add(file);
        });
        List<BundleTemplate> bundleTemplates = new ArrayList<>();
        templates.forEach((path, parsed) -> bundleTemplates.add(new BundleTemplate(bundlePaths.get(path), parsed.template(),
                parsed.references().stream()
                        .map(f -> new BundleReference(f.kind(), f.logicalId(), f.node(), bundlePaths.get(f.target())))
                        .toList())));
        return new Bundle(bundlePaths.get(main), files, bundleTemplates, warnings);
    }

    /** Two sources must never share a bundle path ({@code lambda/fn/} zipped and {@code lambda/fn.zip}). */
    private void claim(Map<String, Path> sources, String bundlePath, Path source) {
        Path earlier = sources.putIfAbsent(bundlePath, source);
        if (earlier != null && !earlier.equals(source)) {
            throw new UserException("Two local paths would be packaged as the same file '" + bundlePath + "': "
                    + display(earlier) + " and " + display(source) + "; one would silently replace the other and both"
                    + " resources would deploy the same content: rename one of them");
        }
    }

    private void visit(Path file, Deque<Path> chain, Map<Path, Parsed> templates, Map<Path, ReferenceKind> code) {
        if (templates.containsKey(file)) {
            return;
        }
        if (chain.size() >= MAX_NESTING_DEPTH) {
            throw new UserException(display(file) + ": nested templates are more than " + MAX_NESTING_DEPTH
                    + " levels deep (from " + display(chain.getFirst()) + "); flatten the nesting");
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
            bytes = TemplateParser.readAtMost(file, TemplateParser.MAX_TEMPLATE_BYTES + 1);
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
            String value = local.node().value();
            String property = local.kind().property() + " '" + value + "' of " + local.logicalId();
            Optional<String> problem = LocalPaths.problem(value);
            if (problem.isPresent()) {
                throw new UserException(where(file, local.node()) + ": " + property + " " + problem.get());
            }
            Path target = LocalPaths.resolve(file.getParent(), value);
            if (!LocalPaths.inside(target, displayRoot, allowedOutside)) {
                throw new UserException(where(file, local.node()) + ": " + property + " resolves to " + target
                        + LocalPaths.realPath(target).filter(r -> !r.equals(target)).map(r -> " (" + r + ")").orElse("")
                        + ", outside the project directory " + displayRoot + "; nothing outside the project is packaged:"
                        + " move the files into the project, or list the directory in <allowedOutsideDirectories>");
            }
            if (local.kind().isCode() && Files.isDirectory(target) && target.startsWith(buildDirectory)) {
                throw new UserException(where(file, local.node()) + ": " + property + " is the build directory "
                        + display(buildDirectory) + " or a folder in it; target/ is never packaged as a folder:"
                        + " point at a built .zip or .jar, or at the sources");
            }
            boolean ok = local.kind().isCode() ? Files.isDirectory(target) || Files.isRegularFile(target) : Files.isRegularFile(target);
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

    private BundleFile codeFile(Path root, Path path, List<String> warnings) {
        String name = relative(root, path);
        try {
            if (Files.isDirectory(path)) {
                ReproducibleZip.CodeArchive archive = ReproducibleZip.zipCodeDirectory(path, Set.of(buildDirectory));
                for (String skipped : archive.skipped()) {
                    warnings.add("Left out of " + display(path) + ": " + skipped);
                }
                return new BundleFile(name + ".zip", BundleFile.Kind.CODE_ARCHIVE, archive.bytes(), name);
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
            while (common != null && (p == null || !p.startsWith(common))) {
                common = common.getParent();
            }
        }
        if (common == null) {
            throw new UserException("The templates and code have no common folder; keep them inside the project directory");
        }
        return common;
    }

    private String relative(Path root, Path path) {
        String raw = root.relativize(path).toString();
        if (raw.indexOf('\\') >= 0) {
            throw new UserException("Cannot package " + display(path) + ": its path holds a backslash, which Windows and zip"
                    + " readers take for a folder separator (it could be written outside the bundle); rename it");
        }
        return raw.isEmpty() ? path.getFileName() == null ? "root" : path.getFileName().toString() : raw;
    }

    private String where(Path file, ScalarNode node) {
        return display(file) + ":" + node.position();
    }

    private String display(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        return (normalized.startsWith(displayRoot) ? displayRoot.relativize(normalized) : normalized).toString().replace('\\', '/');
    }
}
