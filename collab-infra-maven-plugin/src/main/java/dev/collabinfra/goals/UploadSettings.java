package dev.collabinfra.goals;

/**
 * The {@code upload} goal's settings, and the first part of {@code plan}'s and {@code deploy}'s.
 *
 * @param validation what {@code validate} runs with before anything is uploaded
 * @param environment the environment to upload for
 */
public record UploadSettings(ValidateSettings validation, EnvironmentRequest environment, AwsAccess access, UploadOptions upload) {}
