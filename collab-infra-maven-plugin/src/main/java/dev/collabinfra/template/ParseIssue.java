package dev.collabinfra.template;

/**
 * A mistake the parser found: a rule id, how serious it is, where, and a message that says how to
 * fix it. The linter turns these into findings.
 */
public record ParseIssue(String ruleId, Severity severity, Position position, String message) {}
