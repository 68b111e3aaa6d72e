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
 * Loaded once per validation run through {@link #of(dev.collabinfra.lint.LintContext)}; immutable.
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
    private final Map<String, Set<String>> iamActions;
    private final Map<String, Runtime> runtimes;
    private final List<RdsClasses> rds;
    private final Set<String> cacheNodeTypes;
    private final Map<Integer, FargateMemory> fargate;
    private final Map<String, RecordFormat> recordFormats;
    private final Map<String, List<String>> primaryIdentifiers;
    private final Map<String, Lifecycle> lifecycles;

    private ServiceData(Map<String, List<String>> sections, String version) {
        this.version = version;
        Map<String, Set<String>> iam = new HashMap<>();
        for (String line : sections.getOrDefault("iam", List.of())) {
            String[] p = line.split("\t", -1);
            iam.put(p[0], p[1].isEmpty() ? Set.of() : Set.of(p[1].split(" ")));
        }
        this.iamActions = Map.copyOf(iam);
        Map<String, Runtime> rt = new HashMap<>();
        for (String line : sections.getOrDefault("lambda", List.of())) {
            String[] p = line.split("\t", -1);
            rt.put(p[0], new Runtime(p[0], p[1], p[2], p[3], p[4]));
        }
        this.runtimes = Map.copyOf(rt);
        List<RdsClasses> r = new ArrayList<>();
        for (String line : sections.getOrDefault("rds", List.of())) {
            String[] p = line.split("\t", -1);
            r.add(new RdsClasses(p[0], java.util.regex.Pattern.compile(p[1]), Set.of(p[2].split(" "))));
        }
        this.rds = List.copyOf(r);
        List<String> cache = sections.getOrDefault("elasticache", List.of());
        this.cacheNodeTypes = cache.isEmpty() ? Set.of() : Set.of(cache.get(0).split(" "));
        Map<Integer, FargateMemory> f = new LinkedHashMap<>();
        for (String line : sections.getOrDefault("fargate", List.of())) {
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
        this.fargate = java.util.Collections.unmodifiableMap(f);
        Map<String, RecordFormat> rf = new HashMap<>();
        for (String line : sections.getOrDefault("route53", List.of())) {
            String[] p = line.split("\t", -1);
            rf.put(p[0], new RecordFormat(p[0], p[1], p[2], p[3].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(p[3])));
        }
        this.recordFormats = Map.copyOf(rf);
        Map<String, List<String>> ids = new HashMap<>();
        for (String line : sections.getOrDefault("primary", List.of())) {
            String[] p = line.split("\t", -1);
            ids.put(p[0], List.of(p[1].split(",")));
        }
        this.primaryIdentifiers = Map.copyOf(ids);
        Map<String, Lifecycle> lc = new HashMap<>();
        for (String line : sections.getOrDefault("lifecycle", List.of())) {
            String[] p = line.split("\t", -1);
            lc.put(p[0], new Lifecycle(p[0], p[1], p[2]));
        }
        this.lifecycles = Map.copyOf(lc);
    }

    /** The run's data: loaded on the first call of a run, shared by every rule and template after it. */
    public static ServiceData of(dev.collabinfra.lint.LintContext ctx) {
        return ctx.services().shared(ServiceData.class, ServiceData::bundled);
    }

    /** Reads the data shipped in the plugin jar. */
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
        return iamActions;
    }

    public Map<String, Runtime> runtimes() {
        return runtimes;
    }

    public List<RdsClasses> rdsClasses() {
        return rds;
    }

    public Set<String> cacheNodeTypes() {
        return cacheNodeTypes;
    }

    public Map<Integer, FargateMemory> fargate() {
        return fargate;
    }

    public Map<String, RecordFormat> recordFormats() {
        return recordFormats;
    }

    /**
     * Primary identifier properties per resource type, for the types whose identifier the template
     * sets at the top of Properties. Read from cfn-lint's schemas here until the {@code spec}
     * package's registry schemas carry {@code primaryIdentifier}; {@link PrimaryIdentifierSource}
     * is the one place that asks, so switching is one line.
     */
    public Map<String, List<String>> primaryIdentifiers() {
        return primaryIdentifiers;
    }

    public Map<String, Lifecycle> lifecycles() {
        return lifecycles;
    }
}
