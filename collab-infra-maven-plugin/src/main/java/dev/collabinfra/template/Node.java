package dev.collabinfra.template;

/**
 * A value in a parsed template. Every node knows where it starts (1-based line and column) and
 * the character range it covers in the original text, so findings can point at it and packaging
 * can rewrite it in place.
 */
public sealed interface Node permits ScalarNode, ListNode, MapNode {

    /** Where the node starts; for a short-form tag such as {@code !Ref}, where the tag starts. */
    Position position();

    /** Offset of the first character of the node in the source text. */
    int startIndex();

    /** Offset just past the last character of the node in the source text. */
    int endIndex();
}
