package dev.collabinfra.lint.resolve;

import dev.collabinfra.template.Node;

/**
 * An export an environment's stacks create.
 *
 * @param stack the stack whose output it is
 * @param output the output's name
 * @param node the export's Name node
 * @param name what the name resolves to
 */
public record ResolvedExport(ResolvedStack stack, String output, Node node, Value name) {}
