package dev.collabinfra.example;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Operations of each document in memory, in the order they were accepted. A document's version
 * is the number of operations applied to it, so a client that has seen version {@code n} asks
 * for everything after {@code n}. In the deployed platform Redis fans operations out between
 * tasks and DynamoDB keeps snapshots; this store is the single-task core both build on.
 */
public final class DocumentStore {

    /** One accepted operation and the version it produced. */
    public record Operation(long version, String body) {
    }

    private final ConcurrentMap<String, List<String>> documents = new ConcurrentHashMap<>();

    /**
     * Appends an operation.
     *
     * @return the document's new version
     */
    public long append(String documentId, String operation) {
        List<String> ops = documents.computeIfAbsent(documentId, id -> new ArrayList<>());
        synchronized (ops) {
            ops.add(operation);
            return ops.size();
        }
    }

    /** The operations with a version greater than {@code afterVersion}, oldest first. */
    public List<Operation> since(String documentId, long afterVersion) {
        List<String> ops = documents.get(documentId);
        if (ops == null) {
            return List.of();
        }
        synchronized (ops) {
            List<Operation> result = new ArrayList<>();
            for (int i = (int) Math.max(0, afterVersion); i < ops.size(); i++) {
                result.add(new Operation(i + 1L, ops.get(i)));
            }
            return result;
        }
    }

    /** The document's current version, 0 for a document nobody wrote to. */
    public long version(String documentId) {
        List<String> ops = documents.get(documentId);
        if (ops == null) {
            return 0;
        }
        synchronized (ops) {
            return ops.size();
        }
    }
}
