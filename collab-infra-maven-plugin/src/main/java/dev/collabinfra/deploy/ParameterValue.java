package dev.collabinfra.deploy;

/** A parameter sent with a change set: a value, or "keep the previous value". */
public record ParameterValue(String key, String value, boolean usePreviousValue) {

    public static ParameterValue of(String key, String value) {
        return new ParameterValue(key, value, false);
    }

    public static ParameterValue previous(String key) {
        return new ParameterValue(key, null, true);
    }
}
