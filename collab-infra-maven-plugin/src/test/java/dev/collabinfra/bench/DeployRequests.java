package dev.collabinfra.bench;

import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.deploy.StackSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The one place the benchmark builds a {@link DeployRequest}: a plain create-or-update, nothing optional. */
final class DeployRequests {

    private DeployRequests() {}

    static DeployRequest plain(String environment, String stack, RenderedTemplates templates, Map<String, String> parameters,
            Map<String, String> tags, List<String> capabilities, Duration timeout) {
        return DeployRequest.builder(environment, StackSettings.builder(stack).parameters(parameters).tags(tags).capabilities(capabilities)
                .build(), templates, timeout).build();
    }
}
