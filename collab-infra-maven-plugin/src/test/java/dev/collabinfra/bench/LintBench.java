package dev.collabinfra.bench;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.Linter;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.Rules;
import dev.collabinfra.lint.rules.services.ServiceData;
import dev.collabinfra.spec.RegistrySchemas;
import dev.collabinfra.spec.ResourceSpecification;
import dev.collabinfra.template.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Lint speed: the example's templates warm, generated templates of growing size (is the cost per
 * resource flat?), the first run in a fresh JVM and the specification load.
 */
final class LintBench {

    static final String SECTION = "Lint";

    private final BenchOptions options;
    private final Report report;
    private final ResourceSpecification spec = ResourceSpecification.bundled();
    private final RegistrySchemas schemas = RegistrySchemas.bundled();
    private final ServiceData serviceData = ServiceData.bundled();

    LintBench(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() throws Exception {
        List<Path> example = options.exampleTemplates();
        Measure.Timing timing = warm(example);
        List<Finding> findings = lint(example);
        report.atMost(SECTION, "example, " + example.size() + " templates, warm", timing.medianMs(), 20, "ms",
                timing.describe() + "; " + summary(findings));

        resolvedEnvironments(example);

        Path dir = options.workDir().resolve("generated");
        Files.createDirectories(dir);
        double firstPerResource = -1;
        double lastPerResource = -1;
        double firstMedianPerResource = -1;
        double lastMedianPerResource = -1;
        for (int size : options.generatedSizes()) {
            Path file = dir.resolve("generated-" + size + ".yaml");
            Files.writeString(file, TemplateGenerator.generate(size));
            Measure.Timing t = warm(List.of(file));
            double perResource = t.medianMs() / size;
            // growth is judged on the fastest run of each size: on a shared machine the others include waiting for the CPU
            firstPerResource = firstPerResource < 0 ? t.minMs() / size : firstPerResource;
            lastPerResource = t.minMs() / size;
            firstMedianPerResource = firstMedianPerResource < 0 ? perResource : firstMedianPerResource;
            lastMedianPerResource = perResource;
            String measured = t.describe() + "; " + Measure.format(perResource * 1000) + " us/resource; "
                    + Files.size(file) / 1024 + " KB; " + summary(lint(List.of(file)));
            if (size == 500) {
                report.atMost(SECTION, "generated, 500 resources, warm", t.medianMs(), 50, "ms", measured);
            } else {
                report.info(SECTION, "generated, " + size + " resources, warm", measured);
            }
        }
        List<Integer> sizes = options.generatedSizes();
        profileRules(dir.resolve("generated-" + sizes.get(sizes.size() - 1) + ".yaml"), sizes.get(sizes.size() - 1));
        if (sizes.size() > 1) {
            double growth = lastPerResource / firstPerResource;
            report.atMost(SECTION, "growth: cost per resource at " + sizes.get(sizes.size() - 1) + " vs " + sizes.get(0),
                    growth, 1.5, "x (close to linear)", Measure.format(growth) + "x on the fastest runs ("
                            + Measure.format(lastMedianPerResource / firstMedianPerResource) + "x on medians)");
        }

        List<String> args = new java.util.ArrayList<>(List.of("lint"));
        example.forEach(p -> args.add(p.toString()));
        // Several fresh JVMs, the median reported: one child's figure swings by a few hundred ms on two
        // shared cores. Before each, this JVM settles (a GC, then a pause) so that its own JIT and GC
        // threads, still busy after the warm loops above, do not take the second core from the child.
        int coldRuns = options.smoke() ? 1 : 5;
        List<ChildJvm.Outcome> colds = new java.util.ArrayList<>();
        for (int i = 0; i < coldRuns; i++) {
            System.gc();
            Thread.sleep(options.smoke() ? 0 : 1000);
            colds.add(ChildJvm.run(ColdStartProbe.class, List.of(), args, 300));
        }
        colds.sort(java.util.Comparator.comparingDouble(o -> o.number("firstLintMs")));
        ChildJvm.Outcome cold = colds.get(colds.size() / 2);
        String each = colds.size() == 1 ? "" : "; the " + colds.size() + " fresh JVMs: " + String.join(", ",
                colds.stream().map(o -> Measure.format(o.number("firstLintMs"))).toList()) + " ms";
        report.atMost(SECTION, "first run in a fresh JVM (7 templates, spec load included)", cold.number("firstLintMs"), 1000, "ms",
                Measure.format(cold.number("firstLintMs")) + " ms in main, median (CPU " + Measure.format(cold.number("firstLintCpuMs"))
                        + " ms; specification " + Measure.format(cold.number("firstSpecMs")) + " ms of it); whole process "
                        + Measure.format(cold.wallMs()) + " ms (JVM start to main " + Measure.format(cold.number("jvmStartToMainMs")) + " ms)"
                        + each);

        ChildJvm.Outcome specLoad = ChildJvm.run(ColdStartProbe.class, List.of(), List.of("spec"), 300);
        report.atMost(SECTION, "specification load, fresh JVM", specLoad.number("specLoadMs"), 300, "ms",
                Measure.format(specLoad.number("specLoadMs")) + " ms (CPU " + Measure.format(specLoad.number("specLoadCpuMs")) + " ms; "
                        + specLoad.results().get("specTypes") + " resource types, spec "
                        + specLoad.results().get("specVersion") + ")");
        long retained = (long) specLoad.number("specRetainedBytes");
        report.atMost(SECTION, "specification heap after GC", retained / (1024.0 * 1024.0), 60, "MB", Measure.mb(retained));
        report.info(SECTION, "registry schemas load, fresh JVM", Measure.format(specLoad.number("schemasLoadMs"))
                + " ms to inflate and index " + specLoad.results().get("schemasTypes") + " types (each parsed on first use; all "
                + Measure.format(specLoad.number("schemasParseAllMs")) + " ms)");
        long schemasAll = (long) specLoad.number("schemasAllParsedBytes");
        report.atMost(SECTION, "registry schemas heap after GC, every type parsed", schemasAll / (1024.0 * 1024.0), 100, "MB",
                Measure.mb(schemasAll) + " (index only: " + Measure.mb((long) specLoad.number("schemasIndexedBytes")) + ")");
        long compact = compactSize();
        report.atMost(SECTION, "registry schemas file in the jar", compact / (1024.0 * 1024.0), 8, "MB", Measure.mb(compact));
    }

    /**
     * What environment-resolved validation adds to a validate run on the example: its three
     * environments loaded, laid into the seven stacks and checked by the environment rules, with the
     * templates already in the run's parse cache (the per-file rules parsed them).
     */
    private void resolvedEnvironments(List<Path> example) throws Exception {
        Path templates = example.get(0).getParent();
        PreloadedServices services = new PreloadedServices(spec, schemas, serviceData);
        example.forEach(services::parse);
        dev.collabinfra.template.Template main = services.parse(templates.resolve("main.yaml")).template();
        dev.collabinfra.environment.EnvironmentLoader loader = new dev.collabinfra.environment.EnvironmentLoader(
                java.util.Map.of("collab.container.image", "123456789012.dkr.ecr.us-east-1.amazonaws.com/collab@sha256:0",
                        "project.version", "bench"), java.util.Map.of());
        List<String> names = dev.collabinfra.environment.EnvironmentLoader.list(templates);
        dev.collabinfra.environment.resolve.ResolvedEnvironments resolved = new dev.collabinfra.environment.resolve.ResolvedEnvironments();
        Measure.Work work = () -> resolved.check(templates, main, names, loader, services, options.exampleDir(),
                Set.of(), dev.collabinfra.core.ProgressListener.silent());
        Measure.Timing t = Measure.loop(work, options.warmups(), options.warmupMillis(), options.iterations());
        List<Finding> findings = resolved.check(templates, main, names, loader, services, options.exampleDir(),
                Set.of(), dev.collabinfra.core.ProgressListener.silent());
        report.atMost(SECTION, "example, " + names.size() + " environments resolved and checked, warm, on top of plain validation",
                t.medianMs(), 50, "ms", t.describe() + "; " + summary(findings));
    }

    /**
     * Where the time goes on the largest template: parsing alone, then each rule alone on the
     * already parsed template (the parse cache of one services instance), slowest first. This is
     * what to look at when growth is not linear.
     */
    private void profileRules(Path file, int size) throws Exception {
        int runs = Math.max(1, Math.min(options.iterations(), 5));
        Measure.Timing parse = Measure.loop(() -> new PreloadedServices(spec, schemas, serviceData).parse(file), Math.min(options.warmups(), 3), 0, runs);
        PreloadedServices cached = new PreloadedServices(spec, schemas, serviceData);
        cached.parse(file);
        List<String> slowest = new java.util.ArrayList<>();
        List<double[]> times = new java.util.ArrayList<>();
        List<Rule> rules = Rules.all();
        for (int i = 0; i < rules.size(); i++) {
            Linter one = new Linter(List.of(rules.get(i)), Set.of(), cached);
            Measure.Timing t = Measure.loop(() -> one.lint(file), Math.min(options.warmups(), 2), 0, runs);
            times.add(new double[] {t.medianMs(), i});
        }
        times.sort((a, b) -> Double.compare(b[0], a[0]));
        double total = times.stream().mapToDouble(t -> t[0]).sum();
        for (double[] t : times.subList(0, Math.min(5, times.size()))) {
            slowest.add(rules.get((int) t[1]).id() + " " + rules.get((int) t[1]).getClass().getSimpleName() + " " + Measure.format(t[0]) + " ms");
        }
        report.info(SECTION, "where the time goes at " + size + " resources", "parse " + Measure.format(parse.medianMs()) + " ms; "
                + rules.size() + " rules " + Measure.format(total) + " ms, slowest: " + String.join(", ", slowest));
    }

    private Measure.Timing warm(List<Path> files) throws Exception {
        return Measure.loop(() -> lint(files), options.warmups(), options.warmupMillis(), options.iterations());
    }

    private List<Finding> lint(List<Path> files) {
        return new Linter(Rules.all(), Set.of(), new PreloadedServices(spec, schemas, serviceData)).lintTree(files);
    }

    static String summary(List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        String ids = findings.stream().map(Finding::ruleId).distinct().sorted().limit(6).reduce((a, b) -> a + "," + b).orElse("");
        return errors + " errors, " + warnings + " warnings" + (ids.isEmpty() ? "" : " (" + ids + ")");
    }

    private static long compactSize() throws java.io.IOException {
        try (java.io.InputStream in = RegistrySchemas.class.getResourceAsStream("registry-schemas.txt.gz")) {
            return in == null ? -1 : in.readAllBytes().length;
        }
    }
}
