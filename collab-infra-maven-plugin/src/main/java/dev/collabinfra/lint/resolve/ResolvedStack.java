package dev.collabinfra.lint.resolve;

import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One stack of an environment's deployment (the main stack or a nested one) with its parameter
 * values: its template evaluated by a {@link StackEvaluator}, its nested stacks created on first use
 * (an {@code Fn::GetAtt Child.Outputs.X} needs the child before the walk reaches it), and its
 * outputs resolved once each.
 */
public final class ResolvedStack {

    /** Nested stacks deeper than this are not followed (CloudFormation's own limit is far above real templates). */
    static final int MAX_DEPTH = 10;

    private static final String STACK_TYPE = "AWS::CloudFormation::Stack";
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private final ResolvedDeployment run;
    private final Template template;
    private final String label;
    private final List<Path> chain;
    private final StackEvaluator evaluator;
    private final Map<String, Optional<ResolvedStack>> children = new HashMap<>();
    private final Set<String> creating = new HashSet<>();
    private final Map<String, Value> outputs = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();

    ResolvedStack(ResolvedDeployment run, Template template, String label, List<Path> chain, Map<String, Value> given) {
        this.run = run;
        this.template = template;
        this.label = label;
        this.chain = List.copyOf(chain);
        this.evaluator = new StackEvaluator(this, template, run.deployment(), typed(template, given, label == null),
                label == null, this::nestedOutput, run::problem, run.zones());
    }

    public Template template() {
        return template;
    }

    /** The file of the template. */
    public Path file() {
        return template.file();
    }

    /** Null for the main stack; the chain of nested stack logical ids otherwise ({@code AppStack > QueueStack}). */
    public String label() {
        return label;
    }

    public boolean nested() {
        return label != null;
    }

    StackEvaluator evaluator() {
        return evaluator;
    }

    /** A condition of this stack's template, for this environment. */
    public Truth condition(String name) {
        return evaluator.condition(name);
    }

    /** Whether a resource or output body with an optional {@code Condition} attribute is created. */
    Truth included(MapNode body) {
        Optional<String> condition = body.getString("Condition");
        return condition.isEmpty() ? Truth.TRUE : evaluator.condition(condition.get());
    }

    private Value nestedOutput(String stackLogicalId, String outputName) {
        Optional<ResolvedStack> child = child(stackLogicalId);
        return child.isPresent() ? child.get().output(outputName)
                : new Value.Unknown("an output of " + stackLogicalId + ", which is not a local nested stack created here");
    }

    /** An output of this stack; unknown when it does not exist, is left out by its condition, or refers to itself. */
    Value output(String name) {
        Value known = outputs.get(name);
        if (known != null) {
            return known;
        }
        Optional<MapNode> output = template.outputs().getMap(name);
        if (output.isEmpty() || output.get().get("Value").isEmpty() || included(output.get()) != Truth.TRUE
                || !resolving.add(name)) {
            return new Value.Unknown("output " + name);
        }
        Value value = evaluator.resolve(output.get().get("Value").get());
        resolving.remove(name);
        outputs.put(name, value);
        return value;
    }

    /** The nested stack {@code logicalId} creates, when it is a local template created for this environment. */
    Optional<ResolvedStack> child(String logicalId) {
        Optional<ResolvedStack> known = children.get(logicalId);
        if (known != null) {
            return known;
        }
        if (!creating.add(logicalId)) {
            return Optional.empty(); // its parameters refer back to itself; E3004-style cycles are the template rules' finding
        }
        Optional<ResolvedStack> made = makeChild(logicalId);
        creating.remove(logicalId);
        children.put(logicalId, made);
        return made;
    }

    private Optional<ResolvedStack> makeChild(String logicalId) {
        Optional<MapNode> resource = template.resources().getMap(logicalId);
        if (resource.isEmpty() || !resource.get().getString("Type").filter(STACK_TYPE::equals).isPresent()
                || included(resource.get()) != Truth.TRUE) {
            return Optional.empty();
        }
        MapNode properties = resource.get().getMap("Properties").orElse(null);
        Node url = properties == null ? null : properties.get("TemplateURL").orElse(null);
        if (!(url instanceof ScalarNode scalar) || URL.matcher(scalar.value().strip()).matches() || scalar.value().isBlank()) {
            return Optional.empty();
        }
        Path dir = template.file().toAbsolutePath().normalize().getParent();
        Path file = (dir == null ? Path.of(scalar.value().strip()) : dir.resolve(scalar.value().strip())).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file) || chain.contains(file) || chain.size() >= MAX_DEPTH) {
            return Optional.empty(); // E3900 and E3901 report a missing child and a cycle
        }
        Template child = run.services().parse(file).template();
        if (child == null) {
            return Optional.empty();
        }
        String childLabel = label == null ? logicalId : label + " > " + logicalId;
        if (new TemplateFacts(child).namesMayBeGenerated()) {
            run.note("nested stack " + childLabel + " (" + file.getFileName() + ") uses a transform, macro or Fn::ForEach:"
                    + " its values are not resolved");
            return Optional.empty();
        }
        Map<String, Value> given = new LinkedHashMap<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        Node passed = properties.get("Parameters").orElse(null);
        if (passed instanceof MapNode map && !Intrinsics.isFunction(map)) {
            for (MapNode.Entry entry : map.entries()) {
                given.put(entry.key(), evaluator.resolve(entry.value()));
                nodes.put(entry.key(), entry.value());
            }
        }
        List<Path> childChain = new ArrayList<>(chain);
        childChain.add(file);
        ResolvedStack made = new ResolvedStack(run, child, childLabel, childChain, given);
        nodes.forEach((name, node) -> child.parameters().getMap(name).ifPresent(declaration ->
                run.passed(new PassedParameter(this, logicalId, made, name, node, given.get(name), declaration))));
        return Optional.of(made);
    }

    /** The values {@code Ref} gives for each declared parameter: passed or from the environment, else the Default. */
    private static Map<String, Value> typed(Template template, Map<String, Value> given, boolean root) {
        Map<String, Value> out = new HashMap<>();
        for (MapNode.Entry entry : template.parameters().entries()) {
            if (!(entry.value() instanceof MapNode declaration)) {
                continue;
            }
            String name = entry.key();
            Value value = given.get(name);
            if (value == null || value instanceof Value.Absent) {
                Optional<ScalarNode> fallback = declaration.getScalar("Default");
                value = fallback.isPresent()
                        ? new Value.Text(fallback.get().value(), List.of(Feed.at("the Default of parameter " + name,
                                template.file(), fallback.get().position())))
                        : new Value.Unknown("parameter " + name + " has no value");
            }
            String type = declaration.getString("Type").orElse("String").strip();
            if (type.startsWith("AWS::SSM::Parameter::")) {
                value = new Value.Unknown("parameter " + name + " is read from SSM at deploy time");
            } else if (value instanceof Value.Text text && (type.startsWith("List<") || type.equals("CommaDelimitedList"))) {
                List<Value> items = new ArrayList<>();
                for (String item : text.text().split(",", -1)) {
                    items.add(new Value.Text(item, text.feeds()));
                }
                value = new Value.Items(items, text.feeds());
            }
            if (declaration.getString("NoEcho").map("true"::equalsIgnoreCase).orElse(false)) {
                value = Value.withFeeds(value, List.of(Feed.named("parameter " + name, "NoEcho").asSecret()));
            }
            out.put(name, value);
        }
        return out;
    }

    /** The main stack of an environment, with the environment's parameter values. */
    static ResolvedStack root(ResolvedDeployment run, Template main) {
        Map<String, Value> given = new LinkedHashMap<>();
        run.deployment().parameters().forEach((name, value) -> given.put(name,
                new Value.Text(value, run.deployment().feed("parameters." + name).map(List::of).orElse(List.of()))));
        return new ResolvedStack(run, main, null, List.of(main.file().toAbsolutePath().normalize()), given);
    }

    @Override
    public String toString() {
        return label == null ? template.file().getFileName().toString() : label;
    }
}
