package dev.collabinfra.environment;

import dev.collabinfra.core.UserException;
import dev.collabinfra.environment.EnvironmentException.Problem;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ParseIssue;
import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Severity;
import dev.collabinfra.template.Suggestions;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads {@code <templatesDir>/environments/<name>.yaml} into an {@link Environment}. Files go
 * through the project's {@link TemplateParser}, so every value has a line and YAML is read safely
 * (no tags turned into objects, no alias expansion). All problems of a file are collected and
 * thrown together as an {@link EnvironmentException}.
 */
public final class EnvironmentLoader {

    /** Folder, relative to the templates directory, that holds one file per environment. */
    public static final String FOLDER = "environments";

    private static final java.util.regex.Pattern VALID_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Interpolator interpolator;
    private final RegionalSettingsReader regional;
    private final TemplateParser parser = new TemplateParser();

    /**
     * @param properties Maven project and system properties for {@code ${name}}
     * @param environmentVariables the process environment for {@code ${env.NAME}}
     */
    public EnvironmentLoader(java.util.Map<String, String> properties, java.util.Map<String, String> environmentVariables) {
        this.interpolator = new Interpolator(withRegionPlaceholder(properties), environmentVariables);
        this.regional = new RegionalSettingsReader(properties, environmentVariables);
    }

    /** Reads the multi-region keys of the same files, with the same properties. */
    public RegionalSettingsReader regional() {
        return regional;
    }

    /** The properties with {@code ${region}} left for the per-region view ({@link RegionalSettings}), unless a property names it. */
    static java.util.Map<String, String> withRegionPlaceholder(java.util.Map<String, String> properties) {
        java.util.Map<String, String> out = new java.util.HashMap<>(properties);
        out.putIfAbsent("region", RegionalSettings.REGION_PLACEHOLDER);
        return out;
    }

    /** The folder holding the environment files of a templates directory. */
    public static Path directory(Path templatesDir) {
        return templatesDir.resolve(FOLDER);
    }

    /**
     * The one answer to "where is the templates folder", the folder that holds {@code environments/}:
     * the templates directory; for a single template file, its folder; when {@code templates} does
     * not exist, the main template's folder.
     *
     * @param templates the templates directory or a single template file
     * @param mainTemplate the main template, or null
     */
    public static Path templatesFolder(Path templates, Path mainTemplate) {
        if (templates != null && Files.isDirectory(templates)) {
            return templates;
        }
        if (templates != null && Files.isRegularFile(templates)) {
            return templates.toAbsolutePath().getParent();
        }
        return mainTemplate == null ? templates : mainTemplate.toAbsolutePath().getParent();
    }

    /** Names of the environments defined under a templates directory, sorted; empty without the folder. */
    public static List<String> list(Path templatesDir) {
        Path dir = directory(templatesDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && n.length() > 5)
                    .map(n -> n.substring(0, n.length() - 5))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a named environment; an unknown name is an error listing the known ones. */
    public Environment load(Path templatesDir, String name) {
        if (!VALID_NAME.matcher(name).matches()) {
            throw new UserException("Environment name '" + name + "' is not valid: use letters, digits, '.', '_' and '-'"
                    + " (it names the file environments/<name>.yaml)");
        }
        Path file = directory(templatesDir).resolve(name + ".yaml");
        if (!Files.isRegularFile(file)) {
            throw unknownEnvironment(templatesDir, name);
        }
        return load(file);
    }

    /** The error for {@code -Denv=NAME} naming no file: what exists, and the closest name. */
    public static UserException unknownEnvironment(Path templatesDir, String name) {
        List<String> known = list(templatesDir);
        Path expected = directory(templatesDir).resolve(name + ".yaml");
        if (known.isEmpty()) {
            return new UserException("Environment '" + name + "' is unknown: there is no " + expected
                    + " (and no other environment file in " + directory(templatesDir) + "); create it or fix -Denv");
        }
        String hint = Suggestions.closest(name, known).map(s -> " Did you mean '" + s + "'?").orElse("");
        if (Files.isRegularFile(directory(templatesDir).resolve(name + ".yml"))) {
            hint = " There is a " + name + ".yml: rename it to " + name + ".yaml." + hint;
        }
        return new UserException("Environment '" + name + "' is unknown: no file " + expected + "." + hint
                + " Known environments: " + String.join(", ", known) + ".");
    }

    /** Loads one environment file; its name is the file name without {@code .yaml}. */
    public Environment load(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5) : fileName;
        ParseResult parsed;
        try {
            parsed = parser.parse(file);
        } catch (IOException e) {
            throw new UserException("Cannot read environment file " + file + ": " + e.getMessage(), e);
        }
        Environment.Builder env = Environment.builder(name).file(file);
        List<Problem> problems = new ArrayList<>();
        for (ParseIssue issue : parsed.issues()) {
            if (issue.ruleId().equals("E0016")) {
                return env.build(); // an empty file: every setting comes from the POM or template defaults
            }
            if (issue.severity() == Severity.ERROR) {
                problems.add(new Problem(issue.position(), issue.message().startsWith("A template must be a mapping")
                        ? "An environment file must be a mapping of settings (" + String.join(", ", Environment.KEYS) + ")"
                        : issue.message()));
            } else {
                env.warning(issue);
            }
        }
        if (parsed.template() != null) {
            new FileReader(file, env, problems).read(parsed.template().root());
        }
        if (!problems.isEmpty()) {
            throw new EnvironmentException(file, problems);
        }
        return env.build();
    }

    /** Reads the keys of one file, collecting problems instead of stopping at the first. */
    private final class FileReader {
        private final Path file;
        private final Environment.Builder env;
        private final List<Problem> problems;

        FileReader(Path file, Environment.Builder env, List<Problem> problems) {
            this.file = file;
            this.env = env;
            this.problems = problems;
        }

        void read(MapNode root) {
            for (MapNode.Entry entry : root.entries()) {
                Node value = entry.value();
                Source at = Source.at(file, value.position());
                Optional<Setting> single = Setting.byKey(entry.key()).filter(Setting.mergedStrings()::contains);
                if (single.isPresent()) {
                    text(entry).ifPresent(v -> env.single(single.get(), v, at));
                    continue;
                }
                switch (entry.key()) {
                    case "parameters" -> readParameters(entry);
                    case "tags" -> readTags(entry);
                    case "capabilities" -> strings(entry).forEach(s -> env.capability(s.value, Source.at(file, s.position)));
                    case "notificationArns" -> strings(entry).forEach(s -> env.notificationArn(s.value, Source.at(file, s.position)));
                    case "terminationProtection" -> readBoolean(entry);
                    case "rollbackTriggers" -> readRollbackTriggers(entry);
                    case "rollbackMonitoringMinutes" -> text(entry).ifPresent(v -> {
                        try {
                            env.rollbackMonitoringMinutes(Integer.parseInt(v), at);
                        } catch (NumberFormatException e) {
                            problem(value, "rollbackMonitoringMinutes must be a whole number of minutes (0 to 180), not '" + v + "'");
                        }
                    });
                    case "regions", "regionParameters", "operationPreferences", "stackSet" -> { } // RegionalSettingsReader
                    default -> problems.add(new Problem(entry.keyPosition(), "Unknown key '" + entry.key() + "'"
                            + Suggestions.closest(entry.key(), Environment.KEYS).map(s -> "; did you mean '" + s + "'?").orElse("")
                            + " An environment file may use: " + String.join(", ", Environment.KEYS)
                            + " (template parameters go under 'parameters')"));
                }
            }
        }

        private void readParameters(MapNode.Entry entry) {
            Optional<MapNode> map = section(entry);
            if (map.isEmpty()) {
                return;
            }
            env.section("parameters", Source.at(file, entry.keyPosition()));
            for (MapNode.Entry parameter : map.get().entries()) {
                Node value = parameter.value();
                if (value instanceof ListNode list) {
                    // List<...> and CommaDelimitedList parameters take one comma-joined string
                    List<String> items = new ArrayList<>();
                    for (Node item : list.items()) {
                        scalar(item, "parameters." + parameter.key() + " item").ifPresent(items::add);
                    }
                    env.parameter(parameter.key(), String.join(",", items), Source.at(file, parameter.keyPosition()));
                } else {
                    scalar(value, "parameters." + parameter.key())
                            .ifPresent(v -> env.parameter(parameter.key(), v, Source.at(file, parameter.keyPosition())));
                }
            }
        }

        private void readTags(MapNode.Entry entry) {
            Optional<MapNode> map = section(entry);
            if (map.isEmpty()) {
                return;
            }
            env.section("tags", Source.at(file, entry.keyPosition()));
            for (MapNode.Entry tag : map.get().entries()) {
                scalar(tag.value(), "tags." + tag.key()).ifPresent(v -> env.tag(tag.key(), v, Source.at(file, tag.keyPosition())));
            }
        }

        private void readBoolean(MapNode.Entry entry) {
            text(entry).ifPresent(v -> {
                if (v.equals("true") || v.equals("false")) {
                    env.terminationProtection(Boolean.parseBoolean(v), Source.at(file, entry.value().position()));
                } else {
                    problem(entry.value(), "terminationProtection must be true or false, not '" + v + "'");
                }
            });
        }

        private void readRollbackTriggers(MapNode.Entry entry) {
            env.section("rollbackTriggers", Source.at(file, entry.keyPosition()));
            if (!(entry.value() instanceof ListNode list)) {
                problem(entry.value(), "rollbackTriggers must be a list of {arn: ALARM_ARN, type: AWS::CloudWatch::Alarm}");
                return;
            }
            for (Node item : list.items()) {
                if (!(item instanceof MapNode trigger) || trigger.getScalar("arn").isEmpty()) {
                    problem(item, "A rollback trigger is a mapping with 'arn' (a CloudWatch alarm ARN) and optionally 'type'");
                    continue;
                }
                for (String key : trigger.keys()) {
                    if (!key.equals("arn") && !key.equals("type")) {
                        problem(trigger.entry(key).get().value(), "Unknown rollback trigger key '" + key + "'; use 'arn' and 'type'");
                    }
                }
                Optional<String> arn = scalar(trigger.get("arn").get(), "rollbackTriggers arn");
                Optional<String> type = trigger.get("type").isPresent()
                        ? scalar(trigger.get("type").get(), "rollbackTriggers type") : Optional.of("AWS::CloudWatch::Alarm");
                if (arn.isPresent() && type.isPresent()) {
                    env.rollbackTrigger(new Environment.RollbackTrigger(arn.get(), type.get()), Source.at(file, item.position()));
                }
            }
        }

        private Optional<MapNode> section(MapNode.Entry entry) {
            if (entry.value() instanceof MapNode map && !map.isShortForm()) {
                return Optional.of(map);
            }
            if (entry.value() instanceof ScalarNode s && s.kind() == ScalarKind.NULL) {
                return Optional.empty();
            }
            problem(entry.value(), entry.key() + " must be a mapping of names to values, e.g. '" + entry.key() + ":\\n  Name: value'");
            return Optional.empty();
        }

        private record Located(String value, Position position) {}

        private List<Located> strings(MapNode.Entry entry) {
            env.section(entry.key(), Source.at(file, entry.keyPosition()));
            List<Located> out = new ArrayList<>();
            if (entry.value() instanceof ListNode list) {
                for (Node item : list.items()) {
                    scalar(item, entry.key() + " item").ifPresent(v -> out.add(new Located(v, item.position())));
                }
            } else if (entry.value() instanceof ScalarNode single && single.kind() != ScalarKind.NULL) {
                scalar(single, entry.key()).ifPresent(v -> out.add(new Located(v, single.position())));
            } else if (!(entry.value() instanceof ScalarNode)) {
                problem(entry.value(), entry.key() + " must be a list of strings");
            }
            return out;
        }

        private Optional<String> text(MapNode.Entry entry) {
            if (entry.value() instanceof ScalarNode s && s.kind() == ScalarKind.NULL) {
                problem(entry.value(), entry.key() + " has no value; give one or remove the key");
                return Optional.empty();
            }
            return scalar(entry.value(), entry.key());
        }

        /** The interpolated string of a scalar; numbers and booleans as CloudFormation prints them. */
        private Optional<String> scalar(Node node, String what) {
            if (!(node instanceof ScalarNode scalar)) {
                String shape = node instanceof ListNode ? "a list" : node instanceof MapNode m && m.isShortForm()
                        ? "a CloudFormation function (functions are not evaluated in environment files)" : "a mapping";
                problem(node, what + " must be a single value, not " + shape);
                return Optional.empty();
            }
            try {
                return Optional.of(interpolator.apply(scalar.value()));
            } catch (Interpolator.Undefined e) {
                problem(node, e.getMessage());
                return Optional.empty();
            }
        }

        private void problem(Node at, String message) {
            problems.add(new Problem(at.position(), message));
        }
    }
}
