package dev.collabinfra.lint.resolve;

import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An environment's whole deployment as CloudFormation will see it: the main stack and every local
 * nested stack it creates, with conditions decided, resources left out by a false condition
 * skipped, and every property, nested parameter and export of the created resources resolved as
 * far as the environment's values allow. The checks in {@code lint/rules/environment} read it.
 *
 * <p>Resources whose condition cannot be decided offline are not walked (a finding on them might
 * be about a resource that is never created), and neither are templates with a transform or
 * macro other than {@code AWS::LanguageExtensions}: {@link #notes()} says so.
 */
public final class ResolvedDeployment {

    private final Deployment deployment;
    private final LintServices services;
    private final AvailabilityZones zones;
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final List<ResolvedProperty> properties = new ArrayList<>();
    private final List<PassedParameter> passed = new ArrayList<>();
    private final List<ResolvedExport> exports = new ArrayList<>();
    private final List<ResolvedStack> stacks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int skippedByCondition;
    private int undecided;

    private ResolvedDeployment(Deployment deployment, LintServices services, AvailabilityZones zones) {
        this.deployment = deployment;
        this.services = services;
        this.zones = zones;
    }

    /** Resolves the deployment of {@code main} (parsed through {@code services}) for one environment. */
    public static ResolvedDeployment resolve(Template main, Deployment deployment, LintServices services, AvailabilityZones zones) {
        ResolvedDeployment run = new ResolvedDeployment(deployment, services, zones);
        if (new TemplateFacts(main).namesMayBeGenerated()) {
            run.note(main.file().getFileName() + " uses a transform, macro or Fn::ForEach: its values are not resolved");
            return run;
        }
        run.walk(ResolvedStack.root(run, main));
        return run;
    }

    private void walk(ResolvedStack stack) {
        stacks.add(stack);
        Template template = stack.template();
        for (MapNode.Entry entry : template.resources().entries()) {
            if (!TemplateFacts.isLogicalId(entry.key()) || !(entry.value() instanceof MapNode resource)) {
                continue;
            }
            Truth included = stack.included(resource);
            if (included == Truth.FALSE) {
                skippedByCondition++;
                continue;
            }
            if (included == Truth.UNKNOWN) {
                undecided++;
                continue;
            }
            String type = resource.getString("Type").orElse("");
            Optional<Node> props = resource.get("Properties");
            if (props.isPresent()) {
                collect(stack, entry.key(), type, new ArrayList<>(), props.get());
            }
            if (type.equals("AWS::CloudFormation::Stack")) {
                stack.child(entry.key()).ifPresent(this::walk);
            }
        }
        for (MapNode.Entry entry : template.outputs().entries()) {
            if (!(entry.value() instanceof MapNode output) || stack.included(output) != Truth.TRUE) {
                continue;
            }
            stack.output(entry.key());
            Optional<Node> name = output.getMap("Export").flatMap(e -> e.get("Name"));
            if (name.isPresent()) {
                exports.add(new ResolvedExport(stack, entry.key(), name.get(), stack.evaluator().resolve(name.get())));
            }
        }
    }

    private void collect(ResolvedStack stack, String logicalId, String type, List<String> path, Node node) {
        if (node instanceof MapNode map && !Intrinsics.isFunction(map)) {
            for (MapNode.Entry entry : map.entries()) {
                path.add(entry.key());
                collect(stack, logicalId, type, path, entry.value());
                path.remove(path.size() - 1);
            }
            return;
        }
        if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                collect(stack, logicalId, type, path, item);
            }
            return;
        }
        Value value = stack.evaluator().resolve(node);
        if (value instanceof Value.Items items) {
            for (Value item : items.items()) {
                properties.add(new ResolvedProperty(stack, logicalId, type, path, node, item));
            }
        } else if (!(value instanceof Value.Absent)) {
            properties.add(new ResolvedProperty(stack, logicalId, type, path, node, value));
        }
    }

    public Deployment deployment() {
        return deployment;
    }

    LintServices services() {
        return services;
    }

    AvailabilityZones zones() {
        return zones;
    }

    void problem(Problem problem) {
        problems.add(problem); // a set: an output read twice reports once
    }

    void passed(PassedParameter parameter) {
        passed.add(parameter);
    }

    void note(String note) {
        notes.add(note);
    }

    /** Functions that fail with this environment's values, each once. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Every resolved property of every created resource, in walk order. */
    public List<ResolvedProperty> properties() {
        return Collections.unmodifiableList(properties);
    }

    /** Every value passed to a created nested stack's declared parameter. */
    public List<PassedParameter> passedParameters() {
        return Collections.unmodifiableList(passed);
    }

    /** The exports of created outputs. */
    public List<ResolvedExport> exports() {
        return Collections.unmodifiableList(exports);
    }

    /** The stacks the environment creates, main first. */
    public List<ResolvedStack> stacks() {
        return Collections.unmodifiableList(stacks);
    }

    /** What was not resolved and why (templates with a transform). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Resources left out by a false condition. */
    public int skippedByCondition() {
        return skippedByCondition;
    }

    /** Resources whose condition could not be decided offline (not checked). */
    public int undecided() {
        return undecided;
    }
}
