package dev.collabinfra.goals;

/**
 * How {@code upload} (and the upload step of {@code plan} and {@code deploy}) writes to the bucket;
 * bucket, prefix and createBucket come from the environment.
 *
 * @param forceUpload send every object even when its key exists
 * @param kmsKeyId KMS key for SSE-KMS, or null for SSE-S3 (AES256)
 * @param bucketOwner the account that must own the bucket, or null
 * @param commit the commit recorded in the objects' metadata, or null for the one {@code .git} is at
 */
public record UploadOptions(boolean forceUpload, String kmsKeyId, String bucketOwner, String commit) {}
