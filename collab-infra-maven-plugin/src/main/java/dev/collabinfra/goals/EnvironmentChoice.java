package dev.collabinfra.goals;

import dev.collabinfra.core.UserException;
import java.util.Map;

/**
 * Which environment the build names: {@code -Denv} (the {@code env} parameter), or
 * {@code -Dcollab-infra.env} for builds where {@code env} already means something else.
 */
public final class EnvironmentChoice {

    private EnvironmentChoice() {}

    /**
     * @param envParameter the {@code env} parameter's value (from {@code -Denv} or the POM), or null
     * @param commandLine the build's {@code -D} properties
     * @return the name, or null when neither is given
     */
    public static String of(String envParameter, Map<String, String> commandLine) {
        String shortName = blankToNull(envParameter);
        String longName = blankToNull(commandLine.get(PropertyNames.ENV_LONG));
        if (shortName != null && longName != null && !shortName.equals(longName)) {
            throw new UserException("-D" + PropertyNames.ENV + "=" + shortName + " and -D" + PropertyNames.ENV_LONG + "=" + longName
                    + " name different environments; give one of them");
        }
        return shortName != null ? shortName : longName;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
