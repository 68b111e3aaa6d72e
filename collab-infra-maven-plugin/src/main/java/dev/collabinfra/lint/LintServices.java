package dev.collabinfra.lint;

import dev.collabinfra.spec.RegistrySchemas;
import dev.collabinfra.spec.ResourceSpecification;
import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Build-wide state the rules share: a cache of parsed templates (so a nested child is parsed once
 * however many parents name it), the resource specification (loaded on first use, once per run),
 * and the nested-stack children rules discovered. One instance per validation run; no static state.
 */
public class LintServices {

    private final TemplateParser parser = new TemplateParser();
    private final Map<Path, ParseResult> parsed = new ConcurrentHashMap<>();
    private final Set<Path> discovered = ConcurrentHashMap.newKeySet();
    private final Path specFile;
    private volatile ResourceSpecification specification;
    private volatile RegistrySchemas registrySchemas;
    /** The registry schemas being read on a second thread while the specification loads (see specification()). */
    private java.util.concurrent.FutureTask<RegistrySchemas> schemasLoading;
    private volatile Path projectRoot;
    private volatile List<Path> allowedOutside = List.of();
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();
    private final Map<Class<?>, java.util.concurrent.FutureTask<?>> preloading = new ConcurrentHashMap<>();

    /** Services that use the specification bundled in the plugin. */
    public LintServices() {
        this(null);
    }

    /**
     * @param specFile a user-supplied {@code CloudFormationResourceSpecification.json} (the
     *     {@code specFile} parameter of validate), or null for the bundled specification
     */
    public LintServices(Path specFile) {
        this.specFile = specFile;
    }

    /** Parses a file once per run; later calls return the same result. */
    public ParseResult parse(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return parsed.computeIfAbsent(key, k -> {
            try {
                return parser.parse(k);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The resource specification: the user's {@code specFile} when one was given, else the bundled
     * one. Loaded on first use, so a run whose rules never ask does not pay for it.
     *
     * @throws dev.collabinfra.core.UserException when the specFile is missing or malformed
     */
    public ResourceSpecification specification() {
        ResourceSpecification spec = specification;
        if (spec == null) {
            synchronized (this) {
                spec = specification;
                if (spec == null) {
                    startLoadingSchemas(); // a run that asks for one asks for both: read them side by side
                    spec = specFile == null || RegistrySchemas.isSchemaSet(specFile)
                            ? ResourceSpecification.bundled() : ResourceSpecification.load(specFile);
                    specification = spec;
                }
            }
        }
        return spec;
    }

    /**
     * The registry resource provider schemas (value constraints, required at any depth, read-only
     * and create-only properties, primary identifiers): the bundled set, or the bundled set with a
     * user's newer schemas over it when {@code specFile} is a schema set (a folder or zip of
     * provider schemas, see {@link RegistrySchemas#load}). Loaded on first use.
     */
    public RegistrySchemas registrySchemas() {
        RegistrySchemas schemas = registrySchemas;
        if (schemas == null) {
            synchronized (this) {
                schemas = registrySchemas;
                if (schemas == null) {
                    startLoadingSchemas();
                    // a UserException about the specFile comes out as if read on this thread
                    schemas = (RegistrySchemas) awaitLoading(schemasLoading, "the registry schemas");
                    registrySchemas = schemas;
                }
            }
        }
        return schemas;
    }

    /** Starts reading the registry schemas on a short-lived daemon thread, once per services instance. */
    private synchronized void startLoadingSchemas() {
        if (schemasLoading != null) {
            return;
        }
        schemasLoading = new java.util.concurrent.FutureTask<>(() -> specFile != null && RegistrySchemas.isSchemaSet(specFile)
                ? RegistrySchemas.load(specFile) : RegistrySchemas.bundled());
        startOnTheSide(schemasLoading, "collab-infra-schemas");
    }

    /** Runs a loading task on a short-lived daemon thread (it never holds up the end of a build). */
    private static void startOnTheSide(java.util.concurrent.FutureTask<?> task, String name) {
        Thread loader = new Thread(task, name);
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * True when the types a resource may have come from the user's legacy specification alone
     * ({@code specFile} is a {@code CloudFormationResourceSpecification.json}); otherwise a type
     * the registry schemas know is a known type even where the legacy specification lacks it.
     */
    public boolean typesFromSpecFileOnly() {
        return specFile != null && !RegistrySchemas.isSchemaSet(specFile);
    }

    /**
     * Sets the project directory local paths must stay in, and the directories outside it the
     * user allowed; the {@link Validator} sets them from its request.
     */
    public void projectRoot(Path root, List<Path> allowed) {
        this.projectRoot = root == null ? null : root.toAbsolutePath().normalize();
        this.allowedOutside = List.copyOf(allowed);
    }

    /** The project directory local paths must stay in, when the run knows it. */
    public Optional<Path> projectRoot() {
        return Optional.ofNullable(projectRoot);
    }

    /** Directories outside the project local paths may point into. */
    public List<Path> allowedOutside() {
        return allowedOutside;
    }

    /**
     * True when the run knows the project directory and {@code path} lies outside it (and outside
     * every allowed directory), following links: E3909's finding, and a file rules never read.
     */
    public boolean outsideProject(Path path) {
        Path root = projectRoot;
        return root != null && !dev.collabinfra.template.LocalPaths.inside(path, root, allowedOutside);
    }

    /**
     * Data a family of rules shares for the whole run (e.g. the service rules' tables), built by
     * {@code load} on the first call with that key and kept until the run ends.
     */
    public <T> T shared(Class<T> key, java.util.function.Supplier<T> load) {
        java.util.concurrent.FutureTask<?> pending = preloading.get(key);
        return key.cast(shared.computeIfAbsent(key, k -> pending == null ? load.get() : awaitLoading(pending, key.getSimpleName())));
    }

    /**
     * Starts building the data {@link #shared} will return for {@code key} on a short-lived daemon
     * thread, so that it is ready when the first rule asks: a validate run starts the service rules'
     * tables this way while it reads the specification and parses the templates (about 90 ms of a
     * first run in a fresh JVM otherwise spent on the main thread). At most once per key.
     */
    public <T> void preload(Class<T> key, java.util.function.Supplier<T> load) {
        if (shared.containsKey(key)) {
            return;
        }
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(load::get);
        if (preloading.putIfAbsent(key, task) == null) {
            startOnTheSide(task, "collab-infra-preload " + key.getSimpleName());
        }
    }

    /**
     * The result of data loading on a side thread, run here if that thread has not started it yet;
     * the loader's own RuntimeException (a UserException) comes out as if thrown on this thread.
     */
    private static Object awaitLoading(java.util.concurrent.FutureTask<?> task, String what) {
        task.run(); // no-op when the loader thread has started it; then wait for its result
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + what, e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Records a nested-stack child template a rule found, so the run can validate it too. */
    public void discovered(Path template) {
        discovered.add(template.toAbsolutePath().normalize());
    }

    /** Every nested-stack child template found so far (absolute, normalized paths). */
    public Set<Path> discoveredTemplates() {
        return Set.copyOf(discovered);
    }
}
