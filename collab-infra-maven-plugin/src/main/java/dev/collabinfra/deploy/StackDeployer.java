package dev.collabinfra.deploy;

import dev.collabinfra.core.Backoff;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Creates or updates the main stack through a change set: look at the stack (step 2), stop early
 * when nothing changed (3), show the plan (4), refuse data loss (5), execute and follow the events
 * (6), and end with the outputs or with why it failed (7). Validating and uploading (step 1) happen
 * before: the request carries the rendered templates.
 */
public final class StackDeployer {

    private static final DateTimeFormatter CHANGE_SET_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DeployContext context;
    private final InterruptGuard interrupts = new InterruptGuard();

    public StackDeployer(DeployContext context) {
        this.context = context;
    }

    /** What a Ctrl-C means for this deploy; the Mojo's shutdown hook calls {@link InterruptGuard#onInterrupt}. */
    public InterruptGuard interrupts() {
        return interrupts;
    }

    /** The gateway this deployer talks through, for the shutdown hook's clean-up. */
    public StackGateway gateway() {
        return context.gateway();
    }

    public DeployResult deploy(DeployRequest request) throws InterruptedException {
        StackGateway gateway = context.gateway();
        Template main = parse(request.templates().mainText());
        Instant deadline = context.clock().instant().plus(request.timeout());
        String runId = context.runIds().get();
        String token = "collab-infra-" + runId;
        // Outputs built from a NoEcho parameter are masked by the template, also when this run reuses the previous value.
        SecretOutputs.Found secretOutputs = SecretOutputs.of(main, path -> request.templates().nestedText(path).flatMap(text ->
                new TemplateParser().parseText(Path.of(String.join("/", path)), text).templateIfParsed()));
        SecretMasker early = new SecretMasker(ParameterResolver.noEchoParameters(main), request.parameters()).withSecretOutputs(secretOutputs);
        ProgressListener out = early.wrap(context.listener());

        Optional<StackState> found = gateway.describeStack(request.stackName());
        Optional<StackState> stack = new StackSettler(context, out, early).settle(request, found, token, deadline);
        if (request.keptChangeSet() != null) {
            DeployResult kept = new ChangeSetRunner(context, out, early, List.of(), interrupts).executeKept(request, stack, deadline);
            // The kept change set may hold another template than this run rendered: mask by the deployed one too. Not for a
            // plan this run made and showed (multi-region deploy): its templates are the ones deployed, and reading them back
            // would cost a GetTemplate and ListStackResources per stack in every region.
            return kept.finalState() == null || request.mode().shownPlan() != null ? kept
                    : kept.withMasker(DeployedTemplates.maskerFor(gateway, kept.finalState(), kept.masker(), out));
        }
        ParameterResolver.Resolved parameters = ParameterResolver.resolve(main, request.parameters(), stack.orElse(null), request.environment());
        SecretMasker masker = parameters.masker().withSecretOutputs(secretOutputs);
        out = masker.wrap(context.listener());
        boolean create = stack.isEmpty() || stack.get().status().equals("REVIEW_IN_PROGRESS");
        if (!create) {
            Optional<String> change = NoChangeCheck.firstDifference(request, stack.get(), parameters, gateway);
            if (change.isEmpty()) {
                out.info("No changes: stack " + request.stackName() + " already runs this template with these parameters and tags"
                        + " (" + stack.get().status() + ").");
                ChangeSetRunner.applyTerminationProtection(gateway, request, stack.get(), out);
                return new DeployResult(DeployResult.Outcome.NO_CHANGES, stack.get(), null, parameters.values(), masker);
            }
            out.detail("Changed since the last deploy: " + change.get());
        }

        // Time for people, part of the run id so two deploys in one second never collide.
        String name = "collab-infra-" + CHANGE_SET_TIME.format(context.clock().instant()) + "-"
                + runId.replaceAll("[^A-Za-z0-9]", "").substring(0, Math.min(8, runId.replaceAll("[^A-Za-z0-9]", "").length()));
        ChangeSetStatus changeSet = gateway.createChangeSet(new ChangeSetRequest(request.stack(), name, create,
                request.templates().mainUrl() == null ? request.templates().mainText() : null, request.templates().mainUrl(),
                parameters.values(), token + "-changeset", "collab-infra deploy of environment " + request.environment()));
        boolean createdByUs = create && stack.isEmpty();
        interrupts.changeSetMade(request.stackName(), name, changeSet.changeSetId(), createdByUs ? changeSet.stackId() : null, true,
                request.watchHint());
        out.info("Creating change set " + name + " (" + (create ? "CREATE" : "UPDATE") + ") for stack " + request.stackName() + " ...");
        changeSet = waitForChangeSet(changeSet, deadline, request);
        ChangeSetRunner runner = new ChangeSetRunner(context, out, masker, parameters.values(), interrupts);
        if (changeSet.empty()) {
            String problem = runner.cleanUp(request.stackName(), changeSet, false);
            interrupts.changeSetGone();
            out.info("No changes: the change set for stack " + request.stackName() + " is empty; it was "
                    + (problem == null ? "deleted." : "not deleted (" + problem + ")."));
            return new DeployResult(DeployResult.Outcome.NO_CHANGES, stack.orElse(null), null, parameters.values(), masker);
        }
        if (!changeSet.status().equals("CREATE_COMPLETE")) {
            String problem = runner.cleanUp(request.stackName(), changeSet, createdByUs);
            interrupts.changeSetGone();
            throw new UserException("CloudFormation could not create the change set for stack " + request.stackName() + ": "
                    + masker.mask(changeSet.statusReason()) + "."
                    + (problem == null ? " The change set was deleted." : " " + ChangeSetRunner.cleanUpFailed(request.stackName(), name,
                            masker.mask(problem))));
        }
        return runner.planAndRun(request, changeSet, name, create, createdByUs, deadline, token,
                stack.filter(s -> !s.status().equals("REVIEW_IN_PROGRESS")).orElse(null), parameters);
    }

    private ChangeSetStatus waitForChangeSet(ChangeSetStatus started, Instant deadline, DeployRequest request) throws InterruptedException {
        ChangeSetStatus status = started;
        Duration pause = Backoff.CHANGE_SET.first();
        while (status.pending()) {
            if (context.clock().instant().isAfter(deadline)) {
                throw new StillRunningException("Stopped waiting for change set " + status.changeSetName()
                        + " after the timeout; it is still " + status.status() + ". " + request.watchHint());
            }
            context.sleeper().sleep(pause);
            interrupts.checkNotInterrupted();
            try {
                status = context.gateway().changeSetStatus(request.stackName(), status.changeSetId());
                pause = Backoff.CHANGE_SET.calm(pause);
            } catch (ThrottledException | ConnectionLostException e) {
                pause = Backoff.CHANGE_SET.throttled(pause);
            }
        }
        return status;
    }

    static Template parse(String text) {
        return new TemplateParser().parseText(Path.of("main.template"), text).templateIfParsed()
                .orElseThrow(() -> new UserException("The rendered main template cannot be parsed; run mvn collab-infra:validate to see why."));
    }
}
