package dev.collabinfra.spec;

import java.util.regex.Pattern;

/**
 * What a schema {@code format} such as {@code AWS::EC2::VPC.Id} means: the pattern a literal
 * value must match, and cfn-lint's id for the check.
 */
public record StringFormat(String name, String ruleId, Pattern pattern) {}
