package dev.collabinfra.lint.rules.services;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The data behind the service rules (IAM actions, Lambda runtime dates, RDS classes per engine,
 * ElastiCache node types, Fargate sizes, Route 53 record formats, primary identifiers, service
 * lifecycles), generated from cfn-lint's data folder by {@code src/spec/generate-service-data.py}.
 * Read once per validation run through {@link #of(dev.collabinfra.lint.LintContext)}; each table is
 * built on first use and never changes after.
 */
public final class ServiceData {

    static final String RESOURCE = "/dev/collabinfra/spec/service-data.txt.gz";

    /** A Lambda runtime's lifecycle dates (ISO dates, empty when unknown). */
    public record Runtime(String name, String deprecated, String createBlock, String updateBlock, String successor) {}

    /** One RDS engine/version row: the EngineVersion pattern and the classes it allows. */
    public record RdsClasses(String engine, java.util.regex.Pattern version, Set<String> classes) {}

    /** Allowed Fargate memory (MiB) for one CPU size: a list, or a range with a step. */
    public record FargateMemory(int cpu, Set<Integer> values, int min, int max, int step) {
        public boolean allows(int memory) {
            return values.isEmpty() ? memory >= min && memory <= max && (memory - min) % step == 0 : values.contains(memory);
        }

        public String describe() {
            return values.isEmpty() ? min + " to " + max + " in steps of " + step : values.stream().sorted().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
    }

    /** What Route 53 accepts as a record value of one type. */
    public record RecordFormat(String type, String kind, String value, int maxRecords) {}

    /** A resource type's service lifecycle: shutdown, sunset or maintenance, and its date. */
    public record Lifecycle(String type, String status, String date) {}

    private final String version;
    private final Map<String, List<String>> sections;
    private final Map<String, Object> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    private ServiceData(Map<String, List<String>> sections, String version) {
        this.version = version;
        this.sections = Map.copyOf(sections);
    }

    /**
     * A section's table, built from its lines on first use: a run whose templates have no RDS
     * instance never builds the RDS table, one without policies never the IAM actions.
     */
    @SuppressWarnings("unchecked")
    private <T> T section(String name, java.util.function.Function<List<String>, T> build) {
        return (T) parsed.computeIfAbsent(name, k -> build.apply(sections.getOrDefault(k, List.of())));
    }

    private static Map<String, Set<String>> iam(List<String> lines) {
        Map<String, Set<String>> iam = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\t", -1);
            iam.put(p[0], p[1].isEmpty() ? Set.of() : Set.of(p[1].split(" ")));
        }
        return Map.copyOf(iam);
    }

    private static Map<String, Runtime> runtimes(List<String> lines) {
        Map<String, Runtime> rt = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\t", -1);
            rt.put(p[0], new Runtime(p[0], p[1], p[2], p[3], p[4]));
        }
        return Map.copyOf(rt);
    }

    private List<RdsClasses> rds(List<String> lines) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String line : sections.getOrDefault("rds-classes", List.of())) {
            String[] p = line.split("\t", -1);
            lists.put(p[0], Set.of(p[1].split(" ")));
        }
        List<RdsClasses> r = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split("\t", -1);
            r.add(new RdsClasses(p[0], java.util.regex.Pattern.compile(p[1]), lists.getOrDefault(p[2], Set.of())));
        }
        return List.copyOf(r);
    }

    private static Map<Integer, FargateMemory> fargate(List<String> lines) {
        Map<Integer, FargateMemory> f = new LinkedHashMap<>();
        for (String line : lines) {
            String[] p = line.split("\t", -1);
            int cpu = Integer.parseInt(p[0]);
            if (p[1].contains("-")) {
                String[] range = p[1].split("[-/]");
                f.put(cpu, new FargateMemory(cpu, Set.of(), Integer.parseInt(range[0]), Integer.parseInt(range[1]), Integer.parseInt(range[2])));
            } else {
                Set<Integer> values = new java.util.TreeSet<>();
                for (String v : p[1].split(",")) {
                    values.add(Integer.parseInt(v));
                }
                f.put(cpu, new FargateMemory(cpu, Set.copyOf(values), 0, 0, 1));
            }
        }
        return java.util.Collections.unmodifiableMap(f);
    }

    private static Map<String, RecordFormat> recordFormats(List<String> lines) {
        Map<String, RecordFormat> rf = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\t", -1);
            rf.put(p[0], new RecordFormat(p[0], p[1], p[2], p[3].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(p[3])));
        }
        return Map.copyOf(rf);
    }

    private static Map<String, List<String>> primaryIdentifiers(List<String> lines) {
        Map<String, List<String>> ids = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\t", -1);
            ids.put(p[0], List.of(p[1].split(",")));
        }
        return Map.copyOf(ids);
    }

    private static Map<String, Lifecycle> lifecycles(List<String> lines) {
        Map<String, Lifecycle> lc = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\t", -1);
            lc.put(p[0], new Lifecycle(p[0], p[1], p[2]));
        }
        return Map.copyOf(lc);
    }

    /** The run's data: loaded on the first call of a run, shared by every rule and template after it. */
    public static ServiceData of(dev.collabinfra.lint.LintContext ctx) {
        return ctx.services().shared(ServiceData.class, ServiceData::bundled);
    }

    /** Reads the data shipped in the plugin jar. */
    /** The bundled data with every table built (what {@code Rules.preload} makes on the side). */
    public static ServiceData warmed() {
        ServiceData data = bundled();
        data.iamActions();
        data.runtimes();
        data.rdsClasses();
        data.cacheNodeTypes();
        data.fargate();
        data.recordFormats();
        data.primaryIdentifiers();
        data.lifecycles();
        return data;
    }

    public static ServiceData bundled() {
        try (InputStream raw = ServiceData.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the plugin jar lacks " + RESOURCE);
            }
            return read(new GZIPInputStream(raw, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceData read(InputStream in) throws IOException {
        Map<String, List<String>> sections = new HashMap<>();
        String version = "unknown";
        List<String> current = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@version\t")) {
                version = line.substring(9);
            } else if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return new ServiceData(sections, version);
    }

    /** Where the data came from, e.g. {@code cfn-lint 1.51.0}. */
    public String version() {
        return version;
    }

    /** IAM service prefixes (lower case) and their actions (lower case). */
    public Map<String, Set<String>> iamActions() {
        return section("iam", ServiceData::iam);
    }

    public Map<String, Runtime> runtimes() {
        return section("lambda", ServiceData::runtimes);
    }

    public List<RdsClasses> rdsClasses() {
        return section("rds", this::rds);
    }

    public Set<String> cacheNodeTypes() {
        return section("elasticache", lines -> lines.isEmpty() ? Set.<String>of() : Set.of(lines.get(0).split(" ")));
    }

    public Map<Integer, FargateMemory> fargate() {
        return section("fargate", ServiceData::fargate);
    }

    public Map<String, RecordFormat> recordFormats() {
        return section("route53", ServiceData::recordFormats);
    }

    /**
     * Primary identifier properties per resource type, for the types whose identifier the template
     * sets at the top of Properties. Read from cfn-lint's schemas here until the {@code spec}
     * package's registry schemas carry {@code primaryIdentifier}; {@link PrimaryIdentifierSource}
     * is the one place that asks, so switching is one line.
     */
    public Map<String, List<String>> primaryIdentifiers() {
        return section("primary", ServiceData::primaryIdentifiers);
    }

    public Map<String, Lifecycle> lifecycles() {
        return section("lifecycle", ServiceData::lifecycles);
    }
}
