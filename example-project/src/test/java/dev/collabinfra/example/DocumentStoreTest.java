package dev.collabinfra.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DocumentStoreTest {

    @Test
    void concurrentAppendsGetDistinctConsecutiveVersions() throws Exception {
        DocumentStore store = new DocumentStore();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> writers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String op = "op-" + i;
                writers.add(() -> store.append("doc", op));
            }
            Set<Long> versions = new HashSet<>();
            for (Future<Long> f : pool.invokeAll(writers)) {
                versions.add(f.get());
            }
            assertEquals(400, versions.size());
            assertEquals(1L, versions.stream().mapToLong(Long::longValue).min().orElseThrow());
            assertEquals(400L, versions.stream().mapToLong(Long::longValue).max().orElseThrow());
            assertEquals(400, store.since("doc", 0).size());
            assertEquals(400L, store.version("doc"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sinceReturnsOnlyNewerOperations() {
        DocumentStore store = new DocumentStore();
        store.append("a", "one");
        store.append("a", "two");
        store.append("b", "other");

        assertEquals(List.of(new DocumentStore.Operation(2, "two")), store.since("a", 1));
        assertEquals(List.of(), store.since("a", 5));
        assertEquals(List.of(), store.since("missing", 0));
    }
}
