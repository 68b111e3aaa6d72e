package dev.collabinfra.bundle;

import dev.collabinfra.template.ScalarNode;

/**
 * A local path in a template that the bundle ships: the resource and property that hold it, the
 * scalar as written (its offsets let rendering rewrite exactly that text), and the bundle file it
 * points to.
 */
public record BundleReference(ReferenceKind kind, String logicalId, ScalarNode node, String target) {}
