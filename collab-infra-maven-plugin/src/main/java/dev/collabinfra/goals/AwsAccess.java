package dev.collabinfra.goals;

/**
 * The credentials part of how a goal reaches AWS that only the build knows (region, endpoint and
 * profile belong to the environment). The secret never appears in {@link #toString()}.
 *
 * @param accessKeyId static keys from a {@code settings.xml} {@code <server>}, or null for the SDK's chain
 * @param secretAccessKey the secret of {@code accessKeyId}
 * @param assumeRoleArn a role to assume through STS before calling AWS, or null
 * @param debugWirePrintsSecrets leave the SDK's wire log to {@code -X} (it prints secrets)
 */
public record AwsAccess(String accessKeyId, String secretAccessKey, String assumeRoleArn, boolean debugWirePrintsSecrets) {

    /** The SDK's default credentials, no role. */
    public static AwsAccess defaults() {
        return new AwsAccess(null, null, null, false);
    }

    @Override
    public String toString() {
        return "AwsAccess[accessKeyId=" + accessKeyId + ", assumeRoleArn=" + assumeRoleArn + ", debugWirePrintsSecrets="
                + debugWirePrintsSecrets + "]";
    }
}
