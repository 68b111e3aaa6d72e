package dev.collabinfra.environment;

import java.util.Map;
import java.util.Optional;

/**
 * Replaces {@code ${name}} with a Maven or system property and {@code ${env.NAME}} with an
 * environment variable; {@code $${x}} stays a literal {@code ${x}}. Both maps are handed in by the
 * caller so the core never reads the process environment itself.
 */
final class Interpolator {

    /** Thrown for a {@code ${...}} nobody defined; the loader adds file and line. */
    static final class Undefined extends Exception {
        final String expression;

        Undefined(String expression, String message) {
            super(message);
            this.expression = expression;
        }
    }

    private final Map<String, String> properties;
    private final Map<String, String> environmentVariables;

    Interpolator(Map<String, String> properties, Map<String, String> environmentVariables) {
        this.properties = Map.copyOf(properties);
        this.environmentVariables = Map.copyOf(environmentVariables);
    }

    String apply(String text) throws Undefined {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && text.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (c == '$' && text.startsWith("${", i)) {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    throw new Undefined(text.substring(i), "'" + text.substring(i)
                            + "' has no closing '}'; close it, or write '$${' for a literal '${'");
                }
                String expression = text.substring(i + 2, end).strip();
                out.append(resolve(expression));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String resolve(String expression) throws Undefined {
        if (expression.isEmpty()) {
            throw new Undefined("${}", "'${}' names nothing; write '${property}' or '${env.NAME}'");
        }
        if (expression.startsWith("env.")) {
            String variable = expression.substring(4);
            return Optional.ofNullable(environmentVariables.get(variable)).orElseThrow(() -> new Undefined(expression,
                    "Environment variable '" + variable + "' in '${" + expression + "}' is not set; export "
                            + variable + " before the build, or write the value directly"));
        }
        return Optional.ofNullable(properties.get(expression)).orElseThrow(() -> new Undefined(expression,
                "Property '" + expression + "' in '${" + expression + "}' is not defined; pass -D" + expression
                        + "=VALUE, define it in the POM's <properties>, or use '${env.NAME}' for an environment variable"));
    }
}
