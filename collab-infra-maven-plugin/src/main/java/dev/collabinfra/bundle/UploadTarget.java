package dev.collabinfra.bundle;

import dev.collabinfra.core.UserException;
import java.net.URI;
import java.util.Locale;

/**
 * Where rendered artifacts go: a bucket, a key prefix, the bucket's region and, for local S3
 * servers, an endpoint. It decides the keys ({@code <prefix>/<sha256>.<ext>}) and the URLs
 * CloudFormation reads them from: regional virtual-hosted style
 * ({@code https://BUCKET.s3.REGION.amazonaws.com/KEY}), or path style on an endpoint override.
 *
 * @param prefix key prefix without leading or trailing {@code /}; empty for none
 * @param endpoint endpoint override, or null for AWS itself
 */
public record UploadTarget(String bucket, String prefix, String region, URI endpoint) {

    public UploadTarget {
        if (bucket == null || bucket.isBlank()) {
            throw new UserException("No S3 bucket to upload to: set -Dcollab-infra.bucket=NAME "
                    + "(or <bucket> in the plugin configuration)");
        }
        if (region == null || region.isBlank()) {
            throw new UserException("No AWS region for bucket " + bucket + ": set -Dcollab-infra.region=REGION "
                    + "(or <region>, or AWS_REGION / a profile region)");
        }
        prefix = prefix == null ? "" : prefix.strip().replaceAll("^/+|/+$", "");
    }

    /** The key of content with this hash and extension. */
    public String key(String sha256, String extension) {
        String name = sha256 + "." + extension;
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** The https URL CloudFormation reads a key from. */
    public String url(String key) {
        if (endpoint != null) {
            String base = endpoint.toString().replaceAll("/+$", "");
            return base + "/" + bucket + "/" + key;
        }
        String domain = region.toLowerCase(Locale.ROOT).startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
        return "https://" + bucket + ".s3." + region + "." + domain + "/" + key;
    }

    /** The {@code s3://} URI of a key, as SAM's {@code CodeUri} takes it. */
    public String s3Uri(String key) {
        return "s3://" + bucket + "/" + key;
    }
}
