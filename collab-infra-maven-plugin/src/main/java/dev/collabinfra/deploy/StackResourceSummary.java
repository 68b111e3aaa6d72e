package dev.collabinfra.deploy;

/** One entry of {@code ListStackResources}. {@code reason} may be null. */
public record StackResourceSummary(String logicalId, String physicalId, String type, String status, String reason) {}
