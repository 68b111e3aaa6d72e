package dev.collabinfra.deploy;

import dev.collabinfra.core.UserException;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Suggestions;
import dev.collabinfra.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what each template parameter gets: the environment's value; nothing when the template has
 * a {@code Default}; the previous value when the stack already has one; otherwise it is missing.
 * Every unknown and missing parameter is reported in one error, before anything changes.
 */
public final class ParameterResolver {

    /**
     * The decision for every template parameter.
     *
     * @param values what is sent with the change set (parameters left to their default are absent)
     * @param defaults template defaults of the parameters left to them
     * @param noEcho the NoEcho parameter names
     */
    public record Resolved(List<ParameterValue> values, Map<String, String> defaults, Set<String> noEcho) {

        /** Explicit values by key, for masking. */
        public Map<String, String> explicitValues() {
            Map<String, String> map = new LinkedHashMap<>();
            values.stream().filter(v -> !v.usePreviousValue()).forEach(v -> map.put(v.key(), v.value()));
            return map;
        }

        public SecretMasker masker() {
            return new SecretMasker(noEcho, explicitValues());
        }
    }

    private ParameterResolver() {}

    /** The NoEcho parameter names of a template. */
    public static Set<String> noEchoParameters(Template template) {
        Set<String> names = new LinkedHashSet<>();
        for (MapNode.Entry entry : template.parameters().entries()) {
            if (entry.value() instanceof MapNode parameter
                    && parameter.getString("NoEcho").map(v -> v.equalsIgnoreCase("true")).orElse(false)) {
                names.add(entry.key());
            }
        }
        return names;
    }

    /**
     * @param given the environment's parameter values
     * @param stack the deployed stack, or null when it is about to be created
     * @param environment the environment's name, for messages
     */
    public static Resolved resolve(Template template, Map<String, String> given, StackState stack, String environment) {
        MapNode declared = template.parameters();
        List<String> problems = new ArrayList<>();
        for (String key : given.keySet()) {
            if (!declared.containsKey(key)) {
                Optional<String> near = Suggestions.closest(key, declared.keys());
                problems.add("'" + key + "' is not a parameter of the main template"
                        + near.map(n -> "; did you mean '" + n + "'?").orElse(""));
            }
        }
        List<ParameterValue> values = new ArrayList<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (MapNode.Entry entry : declared.entries()) {
            String key = entry.key();
            Optional<String> defaultValue = entry.value() instanceof MapNode p ? p.getString("Default") : Optional.empty();
            if (given.containsKey(key)) {
                values.add(ParameterValue.of(key, given.get(key)));
            } else if (defaultValue.isPresent()) {
                defaults.put(key, defaultValue.get());
            } else if (stack != null && stack.parameters().containsKey(key) && !"REVIEW_IN_PROGRESS".equals(stack.status())) {
                values.add(ParameterValue.previous(key));
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("no value for " + String.join(", ", missing) + " (the template has no Default"
                    + (stack == null ? " and the stack does not exist yet" : " and the stack has no previous value") + ")");
        }
        if (!problems.isEmpty()) {
            throw new UserException("Parameters for environment '" + environment + "' do not fit the main template:\n  - "
                    + String.join("\n  - ", problems)
                    + "\nFix: set them under 'parameters:' in the environment file or pass -Dcollab-infra.parameters.<Name>=<value>.");
        }
        return new Resolved(values, defaults, noEchoParameters(template));
    }
}
