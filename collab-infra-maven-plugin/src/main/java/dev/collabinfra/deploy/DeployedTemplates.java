package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The templates a stack and its nested stacks run, read from CloudFormation with
 * {@code GetTemplate} (and {@code ListStackResources} to find a nested stack's id) only when
 * first needed: what a run that was not given the templates masks outputs by.
 */
public final class DeployedTemplates implements SecretOutputs.NestedTemplates {

    private final StackGateway gateway;
    private final Map<List<String>, Optional<String>> stackIds = new HashMap<>();

    /** @param stackId the main stack's id (or name) */
    public DeployedTemplates(StackGateway gateway, String stackId) {
        this.gateway = gateway;
        stackIds.put(List.of(), Optional.of(stackId));
    }

    /**
     * The masker for showing this stack's outputs: {@code masker} plus the outputs its deployed
     * template builds from a NoEcho parameter. When that template cannot be read, every output is
     * masked and {@code out} is told why. A stack without outputs costs no call.
     */
    public static SecretMasker maskerFor(StackGateway gateway, StackState stack, SecretMasker masker, ProgressListener out) {
        if (stack.outputs().isEmpty()) {
            return masker;
        }
        DeployedTemplates deployed = new DeployedTemplates(gateway, stack.stackId());
        Optional<Template> main;
        String problem;
        try {
            main = deployed.template(List.of());
            problem = "it cannot be parsed";
        } catch (UserException e) {
            main = Optional.empty();
            problem = e.getMessage();
        }
        if (main.isEmpty()) {
            out.warn("Every output of stack " + stack.stackName() + " is shown as " + SecretMasker.MASK
                    + ": its deployed template, which tells which outputs carry a NoEcho value, cannot be read (" + problem
                    + "). Allow cloudformation:GetTemplate to see the others.");
            return masker.withSecretOutputs(SecretOutputs.Found.ALL);
        }
        return masker.withSecretOutputs(SecretOutputs.of(main.get(), deployed));
    }

    /**
     * The deployed template at a path of nested stack resources ({@code List.of()} for the main
     * stack); empty when the nested stack does not exist or its template cannot be parsed.
     *
     * @throws UserException when CloudFormation refuses to give the main template
     */
    @Override
    public Optional<Template> template(List<String> nestedStackPath) {
        Optional<String> id = stackId(nestedStackPath);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String text;
        try {
            text = gateway.getOriginalTemplate(id.get());
        } catch (UserException e) {
            if (nestedStackPath.isEmpty()) {
                throw e;
            }
            return Optional.empty();
        }
        String name = nestedStackPath.isEmpty() ? "deployed main template" : "deployed " + String.join("/", nestedStackPath);
        return text == null ? Optional.empty() : new TemplateParser().parseText(Path.of(name), text).templateIfParsed();
    }

    /** The physical id of the nested stack at the path, looked up level by level. */
    private Optional<String> stackId(List<String> path) {
        Optional<String> known = stackIds.get(path);
        if (known != null) {
            return known;
        }
        Optional<String> parent = stackId(path.subList(0, path.size() - 1));
        String logicalId = path.get(path.size() - 1);
        Optional<String> id = Optional.empty();
        if (parent.isPresent()) {
            try {
                id = gateway.listStackResources(parent.get()).stream()
                        .filter(r -> r.logicalId().equals(logicalId) && StackEvent.NESTED_STACK_TYPE.equals(r.type()))
                        .map(StackResourceSummary::physicalId)
                        .filter(p -> p != null && !p.isBlank())
                        .findFirst();
            } catch (UserException e) {
                id = Optional.empty();
            }
        }
        stackIds.put(new ArrayList<>(path), id);
        return id;
    }
}
