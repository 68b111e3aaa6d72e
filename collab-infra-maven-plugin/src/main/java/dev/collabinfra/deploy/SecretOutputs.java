package dev.collabinfra.deploy;

import dev.collabinfra.lint.SubString;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which outputs of a template are built from a NoEcho parameter, decided from the template and
 * never from the values: CloudFormation shows outputs in clear, and a run that was not given the
 * value ({@code outputs}, {@code status}, a deploy reusing the previous value) cannot find it in
 * the text.
 *
 * <p>An output is secret when its {@code Value} reaches a secret parameter through {@code Ref},
 * an {@code Fn::Sub} variable (also through the Sub's own variable map), or any function around
 * them ({@code Fn::Join}, {@code Fn::If}, {@code Fn::Select}, {@code Fn::Base64}, ...), or
 * reaches {@code Fn::GetAtt Nested.Outputs.Name} of a nested stack whose output is secret. In a
 * nested template the secret parameters are its own NoEcho ones and those the parent passes a
 * secret value. Nested stacks are followed {@value #MAX_NESTING} levels down; a nested output
 * further down, or of a template that cannot be read, counts as secret. Attributes of other
 * resources (an SSM parameter's {@code Value}, say) and {@code Fn::ImportValue} are not followed.
 */
public final class SecretOutputs {

    /** How many levels of nested stacks are followed below the main template. */
    public static final int MAX_NESTING = 5;

    private static final String NESTED_STACK = "AWS::CloudFormation::Stack";

    /** Where the templates of nested stacks come from. */
    @FunctionalInterface
    public interface NestedTemplates {

        /** Nothing known about nested stacks: their outputs count as secret when used. */
        NestedTemplates NONE = path -> Optional.empty();

        /**
         * The template of a nested stack, or empty when it cannot be read.
         *
         * @param nestedStackPath logical ids from the main template down to the nested stack resource
         */
        Optional<Template> template(List<String> nestedStackPath);
    }

    /**
     * The outputs to mask whole.
     *
     * @param keys output keys built from a NoEcho parameter
     * @param all true when the template could not be read, so every output is masked
     */
    public record Found(Set<String> keys, boolean all) {

        public static final Found NONE = new Found(Set.of(), false);

        /** Every output, because the template that would tell could not be read. */
        public static final Found ALL = new Found(Set.of(), true);

        public Found {
            keys = Set.copyOf(keys);
        }

        public boolean contains(String outputKey) {
            return all || keys.contains(outputKey);
        }

        /** Both sets together. */
        public Found and(Found other) {
            Set<String> union = new LinkedHashSet<>(keys);
            union.addAll(other.keys);
            return new Found(union, all || other.all);
        }
    }

    /** One template in the tree, with the parameters that carry a secret value in it. */
    private record Scope(List<String> path, Template template, Set<String> secretParameters) {}

    private final NestedTemplates nested;
    private final Map<List<String>, Optional<Scope>> scopes = new HashMap<>();
    private final Set<List<String>> scopesInProgress = new HashSet<>();
    private final Map<String, Boolean> outputs = new HashMap<>();
    private final Set<String> outputsInProgress = new HashSet<>();

    private SecretOutputs(NestedTemplates nested) {
        this.nested = nested;
    }

    /** The main template's outputs that are built from a NoEcho parameter. */
    public static Found of(Template main, NestedTemplates nested) {
        SecretOutputs analysis = new SecretOutputs(nested);
        Scope root = new Scope(List.of(), main, ParameterResolver.noEchoParameters(main));
        Set<String> secret = new LinkedHashSet<>();
        for (String output : main.outputs().keys()) {
            if (analysis.secretOutput(root, output)) {
                secret.add(output);
            }
        }
        return new Found(secret, false);
    }

    private boolean secretOutput(Scope scope, String output) {
        String key = String.join("/", scope.path()) + "#" + output;
        Boolean known = outputs.get(key);
        if (known != null) {
            return known;
        }
        if (!outputsInProgress.add(key)) {
            // An output that depends on itself: CloudFormation rejects the template; stay on the safe side.
            return true;
        }
        boolean secret = scope.template().outputs().getMap(output).flatMap(m -> m.get("Value"))
                .map(value -> usesSecret(scope, value)).orElse(false);
        outputsInProgress.remove(key);
        outputs.put(key, secret);
        return secret;
    }

    /** True when the value reaches a secret parameter or a secret nested output. Iterative: values can nest deeply. */
    private boolean usesSecret(Scope scope, Node value) {
        Deque<Node> work = new ArrayDeque<>();
        work.push(value);
        while (!work.isEmpty()) {
            Node node = work.pop();
            if (node instanceof ListNode list) {
                list.items().forEach(work::push);
            } else if (node instanceof MapNode map) {
                String function = Intrinsics.functionName(map).orElse("");
                Node argument = function.isEmpty() ? null : Intrinsics.argument(map);
                switch (function) {
                    case "Ref" -> {
                        if (argument instanceof ScalarNode name && scope.secretParameters().contains(name.value().strip())) {
                            return true;
                        }
                    }
                    case "Fn::GetAtt" -> {
                        if (getAttIsSecret(scope, argument)) {
                            return true;
                        }
                    }
                    case "Fn::Sub" -> {
                        if (subIsSecret(scope, argument, work)) {
                            return true;
                        }
                    }
                    default -> map.entries().forEach(e -> work.push(e.value()));
                }
            }
        }
        return false;
    }

    /** Checks the Sub string's variables; pushes the values of the variables it defines itself that the string uses. */
    private boolean subIsSecret(Scope scope, Node argument, Deque<Node> work) {
        Node string = argument instanceof ListNode list && !list.items().isEmpty() ? list.get(0) : argument;
        MapNode variables = argument instanceof ListNode list && list.size() > 1 && list.get(1) instanceof MapNode vars ? vars : null;
        if (argument instanceof ListNode list && list.size() > 1 && variables == null) {
            // A variable map that is itself a function: look at all of it.
            work.push(list.get(1));
        }
        if (!(string instanceof ScalarNode text)) {
            if (string != null) {
                work.push(string);
            }
            return false;
        }
        for (SubString.Variable variable : SubString.variables(text.value())) {
            String name = variable.name().strip();
            Optional<Node> local = variables == null ? Optional.empty() : variables.get(name);
            if (local.isPresent()) {
                work.push(local.get());
            } else if (scope.secretParameters().contains(name)) {
                return true;
            } else if (variable.attribute() != null && nestedOutputIsSecret(scope, variable.target().strip(), variable.attribute())) {
                return true;
            }
        }
        return false;
    }

    /** {@code Fn::GetAtt: Nested.Outputs.Name} or {@code [Nested, Outputs.Name]}; a computed attribute name means any output. */
    private boolean getAttIsSecret(Scope scope, Node argument) {
        if (argument instanceof ScalarNode text) {
            String value = text.value().strip();
            int dot = value.indexOf('.');
            return dot > 0 && nestedOutputIsSecret(scope, value.substring(0, dot), value.substring(dot + 1));
        }
        if (argument instanceof ListNode list && list.size() == 2 && list.get(0) instanceof ScalarNode resource) {
            String logicalId = resource.value().strip();
            if (list.get(1) instanceof ScalarNode attribute) {
                return nestedOutputIsSecret(scope, logicalId, attribute.value().strip());
            }
            return anyNestedOutputIsSecret(scope, logicalId);
        }
        return false;
    }

    private boolean nestedOutputIsSecret(Scope scope, String logicalId, String attribute) {
        if (!isNestedStack(scope.template(), logicalId) || !attribute.startsWith("Outputs.")) {
            return false;
        }
        Optional<Scope> child = child(scope, logicalId);
        return child.isEmpty() || secretOutput(child.get(), attribute.substring("Outputs.".length()));
    }

    private boolean anyNestedOutputIsSecret(Scope scope, String logicalId) {
        if (!isNestedStack(scope.template(), logicalId)) {
            return false;
        }
        Optional<Scope> child = child(scope, logicalId);
        return child.isEmpty() || child.get().template().outputs().keys().stream().anyMatch(o -> secretOutput(child.get(), o));
    }

    private static boolean isNestedStack(Template template, String logicalId) {
        return template.resourceType(logicalId).filter(NESTED_STACK::equals).isPresent();
    }

    /** The nested stack's template and its secret parameters; empty when too deep, unreadable, or its parameters need itself. */
    private Optional<Scope> child(Scope parent, String logicalId) {
        List<String> path = new ArrayList<>(parent.path());
        path.add(logicalId);
        Optional<Scope> known = scopes.get(path);
        if (known != null) {
            return known;
        }
        if (path.size() > MAX_NESTING || !scopesInProgress.add(path)) {
            return Optional.empty();
        }
        Optional<Scope> scope = nested.template(List.copyOf(path))
                .map(template -> new Scope(List.copyOf(path), template, secretParameters(parent, logicalId, template)));
        scopesInProgress.remove(path);
        scopes.put(path, scope);
        return scope;
    }

    /** The child's NoEcho parameters, and those the parent passes a secret value. */
    private Set<String> secretParameters(Scope parent, String logicalId, Template child) {
        Set<String> secret = new LinkedHashSet<>(ParameterResolver.noEchoParameters(child));
        Optional<Node> passed = parent.template().resources().getMap(logicalId)
                .flatMap(r -> r.getMap("Properties")).flatMap(p -> p.get("Parameters"));
        if (passed.isPresent() && passed.get() instanceof MapNode parameters && !Intrinsics.isFunction(parameters)) {
            for (MapNode.Entry entry : parameters.entries()) {
                if (usesSecret(parent, entry.value())) {
                    secret.add(entry.key());
                }
            }
        } else if (passed.isPresent() && usesSecret(parent, passed.get())) {
            secret.addAll(child.parameters().keys());
        }
        return secret;
    }
}
