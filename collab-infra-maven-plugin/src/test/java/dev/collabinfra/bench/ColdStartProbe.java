package dev.collabinfra.bench;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.Linter;
import dev.collabinfra.lint.Rules;
import dev.collabinfra.spec.RegistrySchemas;
import dev.collabinfra.spec.ResourceSpecification;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Child-JVM probe for what a build pays once: {@code spec} loads the bundled resource specification
 * (time, and heap it retains after GC); {@code lint FILE...} lints files the way validate does, in a
 * JVM that has loaded nothing yet (class loading, rule setup and the specification load included).
 */
public final class ColdStartProbe {

    private ColdStartProbe() {}

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static void main(String[] args) {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainEntered = System.currentTimeMillis();
        if (args.length > 0 && args[0].equals("spec")) {
            long before = Measure.usedHeapAfterGc();
            long cpuStart = cpu();
            long start = System.nanoTime();
            ResourceSpecification spec = ResourceSpecification.bundled();
            double loadMs = (System.nanoTime() - start) / 1e6;
            ChildJvm.result("specLoadCpuMs", (cpu() - cpuStart) / 1e6);
            long after = Measure.usedHeapAfterGc();
            ChildJvm.result("specLoadMs", loadMs);
            ChildJvm.result("specRetainedBytes", after - before);
            ChildJvm.result("specTypes", spec.resourceTypeNames().size());
            ChildJvm.result("specVersion", spec.version());
            // keep the specification reachable until the heap was read
            ChildJvm.result("specHasBucket", spec.resourceType("AWS::S3::Bucket").isPresent());
            // the registry schemas: the load a run pays (index only), then the worst case of every type parsed
            long schemasBefore = Measure.usedHeapAfterGc();
            long schemasStart = System.nanoTime();
            RegistrySchemas schemas = RegistrySchemas.bundled();
            ChildJvm.result("schemasLoadMs", (System.nanoTime() - schemasStart) / 1e6);
            ChildJvm.result("schemasIndexedBytes", Measure.usedHeapAfterGc() - schemasBefore);
            long parseStart = System.nanoTime();
            int parsed = 0;
            for (String type : schemas.typeNames()) {
                parsed += schemas.schema(type).isPresent() ? 1 : 0;
            }
            ChildJvm.result("schemasParseAllMs", (System.nanoTime() - parseStart) / 1e6);
            ChildJvm.result("schemasAllParsedBytes", Measure.usedHeapAfterGc() - schemasBefore);
            ChildJvm.result("schemasTypes", parsed);
            ChildJvm.result("schemasHasBucket", schemas.schema("AWS::S3::Bucket").isPresent() && spec.version() != null);
            return;
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        // the same work validate does on its first run, timed in two parts: specification, then the rest
        long cpuStart = cpu();
        long start = System.nanoTime();
        // the services validate uses: they read the specification and, on a second thread, the registry schemas
        dev.collabinfra.lint.LintServices services = new dev.collabinfra.lint.LintServices();
        Rules.preload(services); // as Validator does: the service rules' tables on the side
        services.specification();
        services.registrySchemas();
        long specDone = System.nanoTime();
        Linter linter = new Linter(Rules.all(), Set.of(), services);
        List<Finding> findings = linter.lintTree(files);
        double lintMs = (System.nanoTime() - start) / 1e6;
        ChildJvm.result("firstLintMs", lintMs);
        ChildJvm.result("firstLintCpuMs", (cpu() - cpuStart) / 1e6);
        ChildJvm.result("firstSpecMs", (specDone - start) / 1e6);
        ChildJvm.result("jvmStartToMainMs", mainEntered - jvmStartMillis);
        ChildJvm.result("findings", findings.size());
    }
}
