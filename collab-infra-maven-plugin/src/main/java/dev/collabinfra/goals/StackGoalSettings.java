package dev.collabinfra.goals;

/**
 * The settings of {@code status}, {@code outputs} and {@code delete}: the environment, how to
 * reach AWS and the stack options; nothing of the upload.
 */
public record StackGoalSettings(EnvironmentRequest environment, AwsAccess access, StackOptions stack) {}
