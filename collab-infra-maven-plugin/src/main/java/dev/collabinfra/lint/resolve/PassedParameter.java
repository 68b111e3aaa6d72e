package dev.collabinfra.lint.resolve;

import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;

/**
 * A value a parent passes to a nested stack's parameter, resolved.
 *
 * @param parent the stack that passes it
 * @param stackLogicalId the nested stack resource in the parent
 * @param child the nested stack
 * @param name the child parameter's name
 * @param node the value node in the parent's {@code Parameters}
 * @param value what it resolves to
 * @param declaration the child's declaration of the parameter
 */
public record PassedParameter(ResolvedStack parent, String stackLogicalId, ResolvedStack child, String name, Node node, Value value,
        MapNode declaration) {}
