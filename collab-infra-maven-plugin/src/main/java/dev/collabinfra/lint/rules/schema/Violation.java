package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.template.Position;

/**
 * One broken schema constraint: the id of the rule that reports it, where, and the message.
 *
 * @param warning true for a value CloudFormation sees only in some deploys (a parameter's Default)
 * @param dedupeKey text that an earlier rule's message at the same position would contain when
 *     it already reported the same problem (the legacy specification rules E3002, E3003, E3012)
 */
record Violation(String ruleId, Position position, String message, String dedupeKey, boolean warning) {}
