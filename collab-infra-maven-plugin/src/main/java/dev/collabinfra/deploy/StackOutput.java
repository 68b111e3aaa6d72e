package dev.collabinfra.deploy;

/** One stack output. {@code description} and {@code exportName} may be null. */
public record StackOutput(String key, String value, String description, String exportName) {}
