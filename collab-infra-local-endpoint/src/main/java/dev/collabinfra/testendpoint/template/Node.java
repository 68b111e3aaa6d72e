package dev.collabinfra.testendpoint.template;

/**
 * A value of a template as the local endpoint reads it: a mapping, a list or a scalar. Short-form
 * function tags have already become their long forms ({@code !Ref X} is {@code {Ref: X}}).
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {}
