package dev.collabinfra.lint.resolve;

import dev.collabinfra.template.Node;
import java.util.List;

/**
 * One resolved property value of a resource the environment creates.
 *
 * @param stack the stack whose template declares the resource
 * @param logicalId the resource's logical id
 * @param resourceType its {@code Type}
 * @param path the property names from {@code Properties} down ({@code [BucketName]},
 *     {@code [Tags, Value]}); list items add no segment
 * @param node the template node that builds the value (a scalar or a function call)
 * @param value what it resolves to; a function returning a list is recorded once per item
 */
public record ResolvedProperty(ResolvedStack stack, String logicalId, String resourceType, List<String> path, Node node, Value value) {

    public ResolvedProperty {
        path = List.copyOf(path);
    }

    /** {@code BucketName}, {@code Tags.Value}. */
    public String pathText() {
        return String.join(".", path);
    }
}
