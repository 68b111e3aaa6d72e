package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.StackSetStore.Instance;
import dev.collabinfra.testendpoint.StackSetStore.Operation;
import dev.collabinfra.testendpoint.StackSetStore.Result;
import dev.collabinfra.testendpoint.StackSetStore.StackSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs a stack set operation as StackSets do: region by region in RegionOrder (all at once with
 * RegionConcurrencyType PARALLEL), in each region up to MaxConcurrent accounts at a time; when more
 * accounts of a region fail than FailureTolerance allows, the rest of that region and the regions
 * not started yet are CANCELLED and the operation ends FAILED. Each account and region is a real
 * stack created, updated or deleted by the region's engine.
 */
final class StackSetOperationRunner implements AutoCloseable {

    private static final java.util.Set<String> UPDATABLE = java.util.Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE");

    private final StackSetStore store;
    private final Function<String, RegionalBackend> regions;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "local-stackset-operation");
        thread.setDaemon(true);
        return thread;
    });

    StackSetOperationRunner(StackSetStore store, Function<String, RegionalBackend> regions) {
        this.store = store;
        this.regions = regions;
    }

    void run(StackSet set, Operation operation) {
        threads.execute(() -> {
            try {
                execute(set, operation);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                synchronized (store) {
                    operation.status = "FAILED";
                    operation.reason = String.valueOf(e);
                    operation.ended = store.now();
                }
            }
        });
    }

    private void execute(StackSet set, Operation operation) throws InterruptedException {
        Map<String, List<Result>> byRegion = new LinkedHashMap<>();
        synchronized (store) {
            for (String region : operation.preferences.regionOrder()) {
                operation.results.stream().filter(r -> r.region.equals(region)).forEach(r -> byRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(r));
            }
            operation.results.forEach(r -> byRegion.computeIfAbsent(r.region, k -> new ArrayList<>()));
            operation.results.stream().filter(r -> !byRegion.get(r.region).contains(r)).forEach(r -> byRegion.get(r.region).add(r));
        }
        boolean parallel = "PARALLEL".equals(operation.preferences.regionConcurrencyType());
        boolean failed = false;
        if (parallel) {
            List<CompletableFuture<Boolean>> all = new ArrayList<>();
            for (List<Result> results : byRegion.values()) {
                all.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return runRegion(set, operation, results);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }, threads));
            }
            for (CompletableFuture<Boolean> region : all) {
                failed |= !region.join();
            }
        } else {
            for (List<Result> results : byRegion.values()) {
                if (failed) {
                    cancel(results);
                } else {
                    failed = !runRegion(set, operation, results);
                }
            }
        }
        synchronized (store) {
            if (operation.action.equals("DELETE")) {
                set.instances.removeIf(i -> operation.results.stream().anyMatch(r -> r.status.equals("SUCCEEDED")
                        && r.account.equals(i.account) && r.region.equals(i.region)));
            }
            operation.status = failed ? "FAILED" : "SUCCEEDED";
            operation.reason = failed ? "The failure tolerance was exceeded in at least one region" : null;
            operation.ended = store.now();
        }
    }

    /** Runs one region's accounts in batches; false when more failed than tolerated. */
    private boolean runRegion(StackSet set, Operation operation, List<Result> results) throws InterruptedException {
        int concurrency = operation.preferences.concurrency(results.size());
        int tolerance = operation.preferences.tolerance(results.size());
        int failures = 0;
        for (int start = 0; start < results.size(); start += concurrency) {
            if (failures > tolerance) {
                cancel(results.subList(start, results.size()));
                return false;
            }
            List<Result> batch = results.subList(start, Math.min(results.size(), start + concurrency));
            List<CompletableFuture<Boolean>> running = new ArrayList<>();
            for (Result result : batch) {
                running.add(runOne(set, operation, result));
            }
            for (CompletableFuture<Boolean> one : running) {
                try {
                    if (!one.get(5, TimeUnit.MINUTES)) {
                        failures++;
                    }
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    failures++;
                }
            }
        }
        return failures <= tolerance;
    }

    private void cancel(List<Result> results) {
        synchronized (store) {
            for (Result r : results) {
                r.status = "CANCELLED";
                r.reason = "Cancelled since failure tolerance has exceeded";
            }
        }
    }

    /** Starts the stack work of one account and region; completes with whether it succeeded. */
    private CompletableFuture<Boolean> runOne(StackSet set, Operation operation, Result result) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Instance instance;
        Stack.Config config;
        synchronized (store) {
            result.status = "RUNNING";
            instance = set.instance(result.account, result.region).orElseThrow();
            instance.detailedStatus = "RUNNING";
            instance.lastOperationId = operation.id;
            config = operation.action.equals("DELETE") ? null : config(set, instance);
        }
        RegionalBackend region = regions.apply(result.region);
        synchronized (region.store) {
            Stack stack = instance.stackId == null ? null : region.store.byId(instance.stackId).filter(s -> !s.isDeleted()).orElse(null);
            if (operation.action.equals("DELETE")) {
                if (stack == null || operation.retainStacks) {
                    done.complete(true);
                } else {
                    stack.status = "DELETE_IN_PROGRESS";
                    region.backend.engine.delete(stack, done::complete);
                }
            } else if (stack == null || !UPDATABLE.contains(stack.status)) {
                Stack made = region.store.newStack("StackSet-" + set.name + "-" + region.store.nextUuid(), result.region, null, null,
                        result.account);
                made.config = config;
                made.status = "CREATE_IN_PROGRESS";
                instance.stackId = made.id;
                region.backend.engine.create(made, done::complete);
            } else if (region.backend.planner.plan(stack, config, null).empty()) {
                done.complete(true);
            } else {
                stack.status = "UPDATE_IN_PROGRESS";
                region.backend.updater.update(stack, config, done::complete);
            }
        }
        return done.whenComplete((ok, error) -> finish(region, instance, result, ok != null && ok));
    }

    private Stack.Config config(StackSet set, Instance instance) {
        Stack.Config config = new Stack.Config();
        config.template = set.template;
        List<Parameters.Given> given = new ArrayList<>(set.parameters);
        given.addAll(instance.overrides);
        config.parameters = Parameters.resolve(set.template.template(), given, null);
        config.capabilities = new ArrayList<>(set.capabilities);
        config.tags = new LinkedHashMap<>(set.tags);
        return config;
    }

    private void finish(RegionalBackend region, Instance instance, Result result, boolean ok) {
        String reason = null;
        if (!ok) {
            synchronized (region.store) {
                Stack stack = instance.stackId == null ? null : region.store.byId(instance.stackId).orElse(null);
                reason = stack == null ? "Stack operation failed" : stack.events.stream()
                        .filter(e -> e.status().endsWith("_FAILED") && e.reason() != null && !e.logicalId().equals(stack.name))
                        .map(e -> "ResourceLogicalId:" + e.logicalId() + ", ResourceStatusReason:" + e.reason()).findFirst()
                        .orElse(stack.reason == null ? "Stack " + stack.status : stack.reason);
            }
        }
        synchronized (store) {
            result.status = ok ? "SUCCEEDED" : "FAILED";
            result.reason = reason;
            instance.detailedStatus = ok ? "SUCCEEDED" : "FAILED";
            instance.status = ok ? "CURRENT" : "OUTDATED";
            instance.reason = reason;
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
