package dev.collabinfra.deploy.regions;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.ChangeSetPlan;
import dev.collabinfra.deploy.DeployContext;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.DeployResult;
import dev.collabinfra.deploy.StackDeployer;
import dev.collabinfra.deploy.StackState;
import dev.collabinfra.deploy.regions.RegionOutcome.Status;
import dev.collabinfra.environment.OperationPreferences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same stack in several regions, on the single-region deploy core ({@link StackDeployer}) per
 * region. First, in parallel for every region, upload and create the change set, kept; the plans
 * are shown together and nothing is executed unless every region has one. Then the change sets are
 * executed in region order with at most {@code maxConcurrent} regions at once; once more regions
 * have failed than {@code failureTolerance} allows, no further region is started and its change
 * set is deleted (stop at the first failure with the default tolerance 0, or go on and report).
 * Every line carries its region.
 */
public final class MultiRegionDeployer {

    /** At most this many regions upload and create their change sets at once. */
    static final int MAX_PREPARE_THREADS = 8;

    private final ProgressListener out;
    private final OperationPreferences preferences;

    public MultiRegionDeployer(ProgressListener out, OperationPreferences preferences) {
        this.out = out;
        this.preferences = preferences;
    }

    /** What a run did in each region, in region order. */
    public record Result(List<RegionOutcome> outcomes) {

        public Result {
            outcomes = List.copyOf(outcomes);
        }

        public List<RegionOutcome> failed() {
            return outcomes.stream().filter(RegionOutcome::failed).toList();
        }

        /** One line per region for the closing summary. */
        public List<String> summary() {
            List<String> lines = new ArrayList<>();
            for (RegionOutcome o : outcomes) {
                String what = switch (o.status()) {
                    case DEPLOYED -> (o.result().outcome() == DeployResult.Outcome.CREATED ? "created" : "updated")
                            + " (" + o.result().finalState().status() + ")";
                    case NO_CHANGES -> "no changes";
                    case PLANNED -> o.result().plan() == null ? "no changes" : planLine(o.result().plan());
                    case FAILED -> "FAILED: " + firstLine(o.failure());
                    case NOT_STARTED -> "not started (its change set was deleted): more regions failed than failureTolerance allows";
                };
                lines.add("  " + o.region() + ": " + what);
            }
            return lines;
        }
    }

    /** Plans (the {@code plan} goal) every region in parallel; the change sets are kept only when {@code keep}. */
    public Result plan(List<RegionTarget> targets, boolean keep) throws InterruptedException {
        List<Prepared> prepared = prepare(targets, keep);
        Result result = new Result(prepared.stream().map(Prepared::outcome).toList());
        out.info("Plan for " + targets.size() + " region(s):");
        result.summary().forEach(out::info);
        return result;
    }

    /** Deploys every region: all change sets first, then the executions. */
    public Result deploy(List<RegionTarget> targets) throws InterruptedException {
        List<Prepared> prepared = prepare(targets, true);
        out.info("Change sets of " + targets.size() + " region(s), before any is executed:");
        new Result(prepared.stream().map(Prepared::outcome).toList()).summary().forEach(out::info);
        List<Prepared> failed = prepared.stream().filter(p -> p.outcome().failed()).toList();
        if (!failed.isEmpty()) {
            prepared.forEach(this::discard);
            throw new UserException("Nothing was executed in any region: " + failed.size() + " of " + targets.size()
                    + " region(s) could not make their change set:\n"
                    + String.join("\n", failed.stream().map(p -> "  " + p.target().region() + ": " + p.outcome().failure()).toList())
                    + "\nThe other regions' change sets were deleted. Fix the cause and deploy again.");
        }
        return new Result(execute(prepared));
    }

    // ---- phase 1: upload and change set, every region at once ----------------------------------------

    private record Prepared(RegionTarget target, DeployContext context, DeployRequest request, RegionOutcome outcome) {}

    private List<Prepared> prepare(List<RegionTarget> targets, boolean keep) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(MAX_PREPARE_THREADS, targets.size())),
                r -> RegionFanOut.daemon(r, "collab-infra-region-plan"));
        try {
            List<Future<Prepared>> futures = new ArrayList<>();
            for (RegionTarget target : targets) {
                futures.add(pool.submit(() -> prepareOne(target, keep)));
            }
            List<Prepared> prepared = new ArrayList<>();
            for (Future<Prepared> future : futures) {
                prepared.add(RegionFanOut.join(future));
            }
            return prepared;
        } finally {
            pool.shutdownNow();
        }
    }

    private Prepared prepareOne(RegionTarget target, boolean keep) throws InterruptedException {
        // In a multi-region deploy the single-region "execute this kept change set with -Dcollab-infra.changeSet" hint would mislead.
        ProgressListener regionOut = new RegionListener(out, target.region(), m -> m.startsWith("Kept change set ") && keep);
        DeployContext context = target.context().apply(regionOut);
        DeployRequest request = null;
        try {
            request = target.prepare().prepare(regionOut);
            DeployResult planned = new StackDeployer(context).deploy(withMode(request, DeployRequest.Mode.plan(keep)));
            Status status = planned.outcome() == DeployResult.Outcome.NO_CHANGES ? Status.NO_CHANGES : Status.PLANNED;
            return new Prepared(target, context, request, new RegionOutcome(target.region(), status, planned, null));
        } catch (UserException e) {
            regionOut.error(firstLine(e.getMessage()));
            return new Prepared(target, context, request, new RegionOutcome(target.region(), Status.FAILED, null, e.getMessage()));
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            regionOut.error(String.valueOf(e));
            return new Prepared(target, context, request, new RegionOutcome(target.region(), Status.FAILED, null, String.valueOf(e)));
        }
    }

    // ---- phase 2: executions in region order, bounded, with failure tolerance -------------------------

    private List<RegionOutcome> execute(List<Prepared> prepared) throws InterruptedException {
        Map<String, Prepared> byRegion = new LinkedHashMap<>();
        prepared.forEach(p -> byRegion.put(p.target().region(), p));
        List<String> order = preferences.ordered(new ArrayList<>(byRegion.keySet()));
        int concurrency = preferences.concurrency(order.size());
        int tolerance = preferences.tolerance(order.size());
        Map<String, RegionOutcome> outcomes = new LinkedHashMap<>();
        order.forEach(r -> outcomes.put(r, byRegion.get(r).outcome()));
        AtomicInteger failures = new AtomicInteger();
        Semaphore slots = new Semaphore(concurrency);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> RegionFanOut.daemon(r, "collab-infra-region-execute"));
        Map<String, Future<RegionOutcome>> running = new LinkedHashMap<>();
        out.info("Executing in " + String.join(", ", order) + " (at most " + concurrency + " at once, "
                + (tolerance == 0 ? "stopping at the first failed region" : "up to " + tolerance + " failed region(s) tolerated") + ").");
        try {
            for (String region : order) {
                Prepared p = byRegion.get(region);
                if (p.outcome().status() != Status.PLANNED) {
                    continue; // nothing to execute: no changes
                }
                slots.acquire();
                if (failures.get() > tolerance) {
                    slots.release();
                    discard(p);
                    outcomes.put(region, new RegionOutcome(region, Status.NOT_STARTED, null, null));
                    continue;
                }
                running.put(region, pool.submit(() -> {
                    try {
                        RegionOutcome done = executeOne(p);
                        if (done.failed()) {
                            failures.incrementAndGet();
                        }
                        return done;
                    } finally {
                        slots.release();
                    }
                }));
            }
            for (Map.Entry<String, Future<RegionOutcome>> entry : running.entrySet()) {
                outcomes.put(entry.getKey(), RegionFanOut.join(entry.getValue()));
            }
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(outcomes.values());
    }

    private RegionOutcome executeOne(Prepared p) throws InterruptedException {
        String region = p.target().region();
        ChangeSetPlan plan = p.outcome().result().plan();
        try {
            DeployResult result = new StackDeployer(p.context()).deploy(withMode(p.request(), DeployRequest.Mode.executeShown(plan)));
            return new RegionOutcome(region, Status.DEPLOYED, result, null);
        } catch (UserException e) {
            return new RegionOutcome(region, Status.FAILED, null, e.getMessage());
        }
    }

    /** Deletes a region's kept change set, and the empty stack a CREATE change set left. */
    private void discard(Prepared p) {
        if (p.outcome().status() != Status.PLANNED || p.outcome().result().plan() == null) {
            return;
        }
        ChangeSetPlan plan = p.outcome().result().plan();
        try {
            p.context().gateway().deleteChangeSet(plan.stackName(), plan.changeSetId());
            if (plan.create()) {
                Optional<StackState> stack = p.context().gateway().describeStack(plan.stackName());
                if (stack.isPresent() && stack.get().status().equals("REVIEW_IN_PROGRESS")) {
                    p.context().gateway().deleteStack(stack.get().stackId(), null);
                }
            }
            p.context().listener().info("Deleted change set " + plan.changeSetName() + " (not executed).");
        } catch (UserException e) {
            p.context().listener().warn("Could not delete change set " + plan.changeSetName() + ": " + firstLine(e.getMessage()));
        }
    }

    private static DeployRequest withMode(DeployRequest request, DeployRequest.Mode mode) {
        return new DeployRequest(request.environment(), request.templates(), request.stack(), request.guards(), request.timeout(), mode);
    }

    static String planLine(ChangeSetPlan plan) {
        return plan.count("Add") + " to add, " + plan.count("Modify") + " to modify, " + plan.count("Remove") + " to remove"
                + (plan.replacements() > 0 ? " (" + plan.replacements() + " replacement(s))" : "") + ", change set " + plan.changeSetName();
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
