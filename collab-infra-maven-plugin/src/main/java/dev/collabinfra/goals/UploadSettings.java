package dev.collabinfra.goals;

/**
 * The {@code upload} goal's settings, and the first part of {@code plan}'s and {@code deploy}'s.
 *
 * @param validation what {@code validate} runs with before anything is uploaded; its command-line and
 *     POM values are taken from {@code environment}
 * @param environment the environment to upload for
 */
public record UploadSettings(ValidateSettings validation, EnvironmentRequest environment, AwsAccess access, UploadOptions upload) {

    public UploadSettings {
        // the validation resolves the chosen environment from the same three levels as the upload and deploy
        validation = validation.over(environment);
    }
}
