package dev.collabinfra.bench;

import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.deploy.RollbackSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The one place the benchmark builds a {@link DeployRequest}: a plain create-or-update, nothing optional. */
final class DeployRequests {

    private DeployRequests() {}

    static DeployRequest plain(String environment, String stack, RenderedTemplates templates, Map<String, String> parameters,
            Map<String, String> tags, List<String> capabilities, Duration timeout) {
        return new DeployRequest(environment, stack, templates, parameters, tags, capabilities, null, List.of(), RollbackSettings.none(),
                null, Set.of(), false, false, timeout, null, false, false);
    }
}
