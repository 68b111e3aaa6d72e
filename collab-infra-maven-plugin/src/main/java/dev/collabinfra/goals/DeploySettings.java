package dev.collabinfra.goals;

import dev.collabinfra.deploy.DeployRequest;

/**
 * The settings of {@code deploy} and {@code plan}: the upload's, the stack's, the guards, and
 * whether to execute, plan, or run a change set a plan kept.
 */
public record DeploySettings(UploadSettings upload, StackOptions stack, DeployRequest.Guards guards, DeployRequest.Mode mode) {}
