package dev.collabinfra.bundle;

import dev.collabinfra.core.ProgressListener;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends artifacts to a store: asks whether each key exists and puts only the missing ones
 * ({@code force} puts all), a few at a time. Keys are content addresses, so "exists" means
 * "already holds these bytes".
 */
public final class BundleUploader {

    /** Enough to overlap round trips, few enough not to be throttled or to flood a CI runner. */
    public static final int DEFAULT_PARALLELISM = 4;

    private final ArtifactStore store;
    private final int parallelism;
    private final ProgressListener listener;

    public BundleUploader(ArtifactStore store, int parallelism, ProgressListener listener) {
        this.store = store;
        this.parallelism = Math.max(1, parallelism);
        this.listener = listener;
    }

    public UploadReport upload(List<Artifact> artifacts, boolean force, Map<String, String> metadata) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, artifacts.size())), r -> {
            Thread thread = new Thread(r, "collab-infra-upload");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Boolean>> sent = new ArrayList<>();
            for (Artifact artifact : artifacts) {
                sent.add(pool.submit(() -> {
                    if (!force && store.exists(artifact.key())) {
                        listener.detail("Already in S3: " + artifact.key() + " (" + artifact.source() + ")");
                        return false;
                    }
                    store.put(artifact.key(), artifact.bytes(), artifact.contentType(), metadata);
                    listener.info("Uploaded " + artifact.source() + " to " + artifact.key() + " (" + artifact.bytes().length + " bytes)");
                    return true;
                }));
            }
            List<Artifact> uploaded = new ArrayList<>();
            List<Artifact> present = new ArrayList<>();
            for (int i = 0; i < artifacts.size(); i++) {
                (await(sent.get(i)) ? uploaded : present).add(artifacts.get(i));
            }
            uploaded.sort(Comparator.comparing(Artifact::key));
            present.sort(Comparator.comparing(Artifact::key));
            return new UploadReport(uploaded, present);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean await(Future<Boolean> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("upload interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
