package dev.collabinfra.aws;

import java.net.URI;

/**
 * How to reach AWS, shared by every client the plugin builds ({@link AwsClients}): plain values so
 * the Maven side can fill it without touching the SDK.
 *
 * @param region the region, or null for the SDK's default chain ({@code AWS_REGION}, the profile)
 * @param endpoint an endpoint override for every service (a local S3 or CloudFormation), or null
 * @param profile a named profile from {@code ~/.aws/config}, or null for the default chain
 * @param accessKeyId static keys (e.g. from a settings.xml {@code <server>}), or null
 * @param secretAccessKey the secret of {@code accessKeyId}; never logged
 * @param assumeRoleArn a role to assume through STS with the credentials above, or null
 * @param debugWirePrintsSecrets leave the SDK's wire log to {@code -X} ({@link SdkLogging}); it prints secrets
 */
public record AwsSettings(String region, URI endpoint, String profile, String accessKeyId, String secretAccessKey,
        String assumeRoleArn, boolean debugWirePrintsSecrets) {

    /** Settings with the wire log kept out of {@code -X}. */
    public AwsSettings(String region, URI endpoint, String profile, String accessKeyId, String secretAccessKey, String assumeRoleArn) {
        this(region, endpoint, profile, accessKeyId, secretAccessKey, assumeRoleArn, false);
    }

    @Override
    public String toString() {
        // The secret never appears in logs or exception messages.
        return "AwsSettings[region=" + region + ", endpoint=" + endpoint + ", profile=" + profile
                + ", accessKeyId=" + accessKeyId + ", assumeRoleArn=" + assumeRoleArn + ", debugWirePrintsSecrets=" + debugWirePrintsSecrets + "]";
    }
}
