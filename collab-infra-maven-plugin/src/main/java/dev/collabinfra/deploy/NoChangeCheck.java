package dev.collabinfra.deploy;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, without a change set, that a deploy would change nothing: the rendered main template is
 * the text CloudFormation holds ({@code GetTemplate}, stage Original), and parameters, tags, role and
 * notification ARNs are what the stack already has. Costs one call on top of {@code DescribeStacks}.
 *
 * <p>A NoEcho parameter given a value always counts as a change: CloudFormation only shows
 * {@code ****}, so the plugin cannot tell, and the change set decides (an empty one is deleted and
 * reported as "no changes").
 *
 * <p>Robust to how CloudFormation implementations other than AWS show a stack: a template
 * {@code GetTemplate} returns re-serialised is compared by content, a parameter left to its default
 * may come back without a value, and {@code aws:}-prefixed tags (reserved, set by the service) are
 * not the user's.
 */
final class NoChangeCheck {

    private NoChangeCheck() {}

    /** The first difference found, or empty when there is none. */
    static Optional<String> firstDifference(DeployRequest request, StackState stack, ParameterResolver.Resolved parameters,
            StackGateway gateway) {
        if (!userTags(request.tags()).equals(userTags(stack.tags()))) {
            return Optional.of("tags");
        }
        if (request.roleArn() != null && !request.roleArn().equals(stack.roleArn())) {
            return Optional.of("role ARN");
        }
        if (!request.notificationArns().isEmpty()
                && !new HashSet<>(request.notificationArns()).equals(new HashSet<>(stack.notificationArns()))) {
            return Optional.of("notification ARNs");
        }
        for (ParameterValue value : parameters.values()) {
            if (value.usePreviousValue()) {
                continue;
            }
            if (parameters.noEcho().contains(value.key())) {
                return Optional.of("NoEcho parameter " + value.key() + " (CloudFormation does not show its value)");
            }
            if (!Objects.equals(value.value(), stack.parameters().get(value.key()))) {
                return Optional.of("parameter " + value.key());
            }
        }
        for (Map.Entry<String, String> entry : parameters.defaults().entrySet()) {
            String deployed = stack.parameters().get(entry.getKey());
            if (deployed != null && !deployed.equals(entry.getValue()) && !parameters.noEcho().contains(entry.getKey())) {
                return Optional.of("parameter " + entry.getKey() + " (back to its default)");
            }
        }
        if (!TemplateComparison.sameTemplate(gateway.getOriginalTemplate(stack.stackId()), request.templates().mainText())) {
            return Optional.of("template");
        }
        return Optional.empty();
    }

    /** The tags a user can set: {@code aws:} keys are reserved for the service. */
    static Map<String, String> userTags(Map<String, String> tags) {
        Map<String, String> user = new java.util.HashMap<>(tags);
        user.keySet().removeIf(k -> k.startsWith("aws:"));
        return user;
    }
}
