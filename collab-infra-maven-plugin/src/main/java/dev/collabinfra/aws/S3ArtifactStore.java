package dev.collabinfra.aws;

import dev.collabinfra.bundle.ArtifactStore;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * {@link ArtifactStore} on an S3 bucket: {@code HeadObject} to skip what exists, {@code PutObject}
 * with server-side encryption (AES256, or aws:kms with a key), content type and metadata, and
 * {@code ExpectedBucketOwner} on every call when the owner is known, so a bucket name taken over
 * by another account is refused instead of written to.
 */
public final class S3ArtifactStore implements ArtifactStore {

    /**
     * @param kmsKeyId KMS key id or ARN for SSE-KMS, or null for SSE-S3 (AES256)
     * @param bucketOwner the account id that must own the bucket, or null not to check
     * @param localServer true with an endpoint override: a bucket setting the server rejects when
     *     the plugin creates the bucket is a warning, not a failure (local S3 servers such as S3Proxy
     *     lack versioning, policies, lifecycle and public access blocks)
     */
    public record Settings(String bucket, String region, String kmsKeyId, String bucketOwner, boolean localServer) {}

    private final S3Client s3;
    private final Settings settings;
    private final ProgressListener listener;

    public S3ArtifactStore(S3Client s3, Settings settings, ProgressListener listener) {
        this.s3 = s3;
        this.settings = settings;
        this.listener = listener;
    }

    @Override
    public void ensureBucket(boolean create) {
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()).expectedBucketOwner(settings.bucketOwner()));
            return;
        } catch (NoSuchBucketException e) {
            // handled below
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw AwsErrors.s3("HeadBucket", "bucket " + settings.bucket(), settings.bucketOwner(), e);
            }
        } catch (SdkClientException e) {
            // No credentials, no region, endpoint unreachable: the user fixes these, no stack trace.
            throw AwsErrors.s3("HeadBucket", "bucket " + settings.bucket(), settings.bucketOwner(), e);
        }
        if (!create) {
            throw new UserException("S3 bucket " + settings.bucket() + " does not exist (region " + settings.region()
                    + "). Create it (versioned, encrypted, public access blocked) or run with "
                    + "-Dcollab-infra.createBucket=true to let the plugin create it");
        }
        new BucketCreator(s3, settings, listener).create();
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(h -> h.bucket(settings.bucket()).key(key).expectedBucketOwner(settings.bucketOwner()));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw AwsErrors.s3("HeadObject", "s3://" + settings.bucket() + "/" + key, settings.bucketOwner(), e);
        } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
            throw AwsErrors.s3("HeadObject", "s3://" + settings.bucket() + "/" + key, settings.bucketOwner(), e);
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType, Map<String, String> metadata) {
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(settings.bucket())
                .key(key)
                .contentType(contentType)
                .metadata(metadata)
                .expectedBucketOwner(settings.bucketOwner());
        if (settings.kmsKeyId() != null && !settings.kmsKeyId().isBlank()) {
            request.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(settings.kmsKeyId());
        } else {
            request.serverSideEncryption(ServerSideEncryption.AES256);
        }
        try {
            s3.putObject(request.build(), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw AwsErrors.s3("PutObject", "s3://" + settings.bucket() + "/" + key, settings.bucketOwner(), e);
        }
    }
}
