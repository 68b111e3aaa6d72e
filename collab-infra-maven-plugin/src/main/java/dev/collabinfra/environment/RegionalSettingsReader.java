package dev.collabinfra.environment;

import dev.collabinfra.core.UserException;
import dev.collabinfra.environment.EnvironmentException.Problem;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the multi-region keys of an environment file ({@link RegionalSettings#KEYS}) into
 * {@link RegionalSettings}. The shape of the values is checked here (a list where a list belongs,
 * whole numbers, true/false); what the values mean (region codes, account ids, bounds) is checked
 * by {@link RegionalCheck}, so validation reports every mistake at its line. Values are
 * interpolated like the rest of the file, except {@code ${region}}, which names the region a value
 * is deployed to.
 */
public final class RegionalSettingsReader {

    private final Interpolator interpolator;

    /** @see EnvironmentLoader#EnvironmentLoader(Map, Map) */
    public RegionalSettingsReader(Map<String, String> properties, Map<String, String> environmentVariables) {
        this.interpolator = new Interpolator(EnvironmentLoader.withRegionPlaceholder(properties), environmentVariables);
    }

    /** The settings of the environment's file; {@link RegionalSettings#none()} when it has no file. */
    public RegionalSettings read(Environment env) {
        return env.file().map(this::read).orElse(RegionalSettings.none());
    }

    /** Reads one file; problems of shape are thrown together as an {@link EnvironmentException}. */
    public RegionalSettings read(Path file) {
        ParseResult parsed;
        try {
            parsed = new TemplateParser().parse(file);
        } catch (IOException e) {
            throw new UserException("Cannot read environment file " + file + ": " + e.getMessage(), e);
        }
        if (parsed.template() == null) {
            return RegionalSettings.none(); // the loader reports why the file cannot be read
        }
        Reader reader = new Reader(file);
        reader.read(parsed.template().root());
        if (!reader.problems.isEmpty()) {
            throw new EnvironmentException(file, reader.problems);
        }
        return reader.result();
    }

    private final class Reader {
        private final Path file;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final List<String> regions = new ArrayList<>();
        private final Map<String, Map<String, String>> regionParameters = new LinkedHashMap<>();
        private OperationPreferences preferences = OperationPreferences.defaults();
        private StackSetTarget stackSet;

        Reader(Path file) {
            this.file = file;
        }

        RegionalSettings result() {
            return new RegionalSettings(regions, regionParameters, preferences, Optional.ofNullable(stackSet), sources);
        }

        void read(MapNode root) {
            root.entry("regions").ifPresent(e -> strings(e.value(), "regions").forEach(regions::add));
            root.entry("regionParameters").ifPresent(this::readRegionParameters);
            root.entry("operationPreferences").ifPresent(e -> preferences = readPreferences(e));
            root.entry("stackSet").ifPresent(this::readStackSet);
        }

        private void readRegionParameters(MapNode.Entry entry) {
            record("regionParameters", entry.value());
            Optional<MapNode> byRegion = mapping(entry.value(), "regionParameters", "regionParameters:\\n  eu-west-1:\\n    Name: value");
            for (MapNode.Entry region : byRegion.map(MapNode::entries).orElse(List.of())) {
                String key = "regionParameters." + region.key();
                sources.put(key, Source.at(file, region.keyPosition()));
                Map<String, String> values = new LinkedHashMap<>();
                for (MapNode.Entry parameter : mapping(region.value(), key, region.key() + ":\\n    Name: value")
                        .map(MapNode::entries).orElse(List.of())) {
                    String parameterKey = key + "." + parameter.key();
                    Optional<String> value = parameter.value() instanceof ListNode
                            ? Optional.of(String.join(",", strings(parameter.value(), parameterKey)))
                            : scalar(parameter.value(), parameterKey);
                    value.ifPresent(v -> {
                        values.put(parameter.key(), v);
                        sources.put(parameterKey, Source.at(file, parameter.keyPosition()));
                    });
                }
                regionParameters.put(region.key(), values);
            }
        }

        private OperationPreferences readPreferences(MapNode.Entry entry) {
            record("operationPreferences", entry.value());
            Optional<MapNode> map = mapping(entry.value(), "operationPreferences", "operationPreferences:\\n  maxConcurrentCount: 2");
            if (map.isEmpty()) {
                return OperationPreferences.defaults();
            }
            MapNode p = map.get();
            unknownKeys(p, "operationPreferences", OperationPreferences.KEYS);
            List<String> order = p.get("regionOrder").map(n -> strings(n, "operationPreferences.regionOrder")).orElse(List.of());
            return new OperationPreferences(order,
                    number(p, "operationPreferences", "maxConcurrentCount"),
                    number(p, "operationPreferences", "maxConcurrentPercentage"),
                    number(p, "operationPreferences", "failureToleranceCount"),
                    number(p, "operationPreferences", "failureTolerancePercentage"),
                    text(p, "operationPreferences", "regionConcurrencyType"),
                    text(p, "operationPreferences", "concurrencyMode"));
        }

        private void readStackSet(MapNode.Entry entry) {
            record("stackSet", entry.value());
            Optional<MapNode> map = mapping(entry.value(), "stackSet", "stackSet:\\n  name: my-stack-set\\n  accounts: [\"123456789012\"]");
            if (map.isEmpty()) {
                return;
            }
            MapNode s = map.get();
            unknownKeys(s, "stackSet", StackSetTarget.KEYS);
            List<String> accounts = s.get("accounts").map(n -> strings(n, "stackSet.accounts")).orElse(List.of());
            List<String> units = s.get("organizationalUnits").map(n -> strings(n, "stackSet.organizationalUnits")).orElse(List.of());
            stackSet = new StackSetTarget(
                    text(s, "stackSet", "name"),
                    Optional.ofNullable(text(s, "stackSet", "permissionModel")).orElse(StackSetTarget.SELF_MANAGED),
                    text(s, "stackSet", "administrationRoleArn"),
                    text(s, "stackSet", "executionRoleName"),
                    accounts, units,
                    bool(s, "stackSet", "autoDeployment"),
                    bool(s, "stackSet", "retainStacksOnAccountRemoval"));
        }

        private void unknownKeys(MapNode map, String section, List<String> known) {
            for (MapNode.Entry e : map.entries()) {
                if (!known.contains(e.key())) {
                    problems.add(new Problem(e.keyPosition(), "Unknown key '" + e.key() + "' in " + section
                            + Suggestions.closest(e.key(), known).map(k -> "; did you mean '" + k + "'?").orElse("")
                            + " " + section + " may use: " + String.join(", ", known)));
                }
            }
        }

        private Optional<MapNode> mapping(Node node, String what, String example) {
            if (node instanceof MapNode map && !map.isShortForm()) {
                return Optional.of(map);
            }
            if (!(node instanceof ScalarNode s && s.kind() == ScalarKind.NULL)) {
                problems.add(new Problem(node.position(), what + " must be a mapping, e.g. '" + example + "'"));
            }
            return Optional.empty();
        }

        /** A list of strings (or one string), recording {@code key[i]} for each item. */
        private List<String> strings(Node node, String key) {
            record(key, node);
            List<String> out = new ArrayList<>();
            List<Node> items = node instanceof ListNode list ? list.items()
                    : node instanceof ScalarNode s && s.kind() == ScalarKind.NULL ? List.of() : List.of(node);
            for (Node item : items) {
                int index = out.size();
                scalar(item, key + "[" + index + "]").ifPresent(v -> {
                    sources.put(key + "[" + out.size() + "]", Source.at(file, item.position()));
                    out.add(v);
                });
            }
            return out;
        }

        private String text(MapNode map, String section, String field) {
            return map.get(field).flatMap(n -> scalar(n, section + "." + field)).orElse(null);
        }

        private Integer number(MapNode map, String section, String field) {
            String value = text(map, section, field);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                problems.add(new Problem(map.get(field).get().position(), section + "." + field
                        + " must be a whole number, not '" + value + "'"));
                return null;
            }
        }

        private boolean bool(MapNode map, String section, String field) {
            String value = text(map, section, field);
            if (value == null || value.equals("false")) {
                return false;
            }
            if (!value.equals("true")) {
                problems.add(new Problem(map.get(field).get().position(), section + "." + field + " must be true or false, not '" + value + "'"));
            }
            return value.equals("true");
        }

        private Optional<String> scalar(Node node, String key) {
            if (!(node instanceof ScalarNode scalar) || scalar.kind() == ScalarKind.NULL) {
                problems.add(new Problem(node.position(), key + " must be a single value"
                        + (node instanceof ScalarNode ? "; give one or remove the key" : ", not " + (node instanceof ListNode ? "a list" : "a mapping"))));
                return Optional.empty();
            }
            try {
                String value = interpolator.apply(scalar.value());
                sources.put(key, Source.at(file, node.position()));
                return Optional.of(value);
            } catch (Interpolator.Undefined e) {
                problems.add(new Problem(node.position(), e.getMessage()));
                return Optional.empty();
            }
        }

        private void record(String key, Node node) {
            sources.put(key, Source.at(file, node.position()));
        }
    }
}
