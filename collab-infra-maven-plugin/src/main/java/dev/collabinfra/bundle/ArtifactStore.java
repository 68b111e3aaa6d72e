package dev.collabinfra.bundle;

import java.util.Map;

/**
 * Where rendered artifacts are stored (S3 in {@code dev.collabinfra.aws.S3ArtifactStore}). Keys are
 * content addresses, so an object that exists already holds the right bytes. Implementations are
 * called from several threads at once.
 */
public interface ArtifactStore {

    /**
     * Checks that the bucket exists. When it does not: with {@code create} it is created with
     * versioning, default encryption, public access blocked, a TLS-only policy and a lifecycle rule;
     * without, a {@link dev.collabinfra.core.UserException} says how to fix it.
     */
    void ensureBucket(boolean create);

    /** True when an object with this key exists. */
    boolean exists(String key);

    /** Stores an object, encrypted at rest. */
    void put(String key, byte[] bytes, String contentType, Map<String, String> metadata);
}
