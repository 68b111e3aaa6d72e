package dev.collabinfra.deploy;

import dev.collabinfra.bundle.Artifact;
import dev.collabinfra.bundle.Bundle;
import dev.collabinfra.bundle.BundleReference;
import dev.collabinfra.bundle.BundleTemplate;
import dev.collabinfra.bundle.ReferenceKind;
import dev.collabinfra.bundle.RenderedBundle;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The templates of a rendered bundle as the deploy reads them: the main text (or URL when it is too
 * large to send inline) and each nested stack's rendered text, found by following the logical ids
 * of {@code AWS::CloudFormation::Stack} resources from the main template down.
 */
public final class BundleTemplates implements RenderedTemplates {

    private final Bundle bundle;
    private final RenderedBundle rendered;
    private final Map<String, Artifact> bySource = new HashMap<>();

    public BundleTemplates(Bundle bundle, RenderedBundle rendered) {
        this.bundle = bundle;
        this.rendered = rendered;
        rendered.artifacts().forEach(a -> bySource.putIfAbsent(a.source(), a));
    }

    @Override
    public String mainText() {
        return rendered.mainText();
    }

    @Override
    public String mainUrl() {
        return rendered.mainTemplateUrl().orElse(null);
    }

    @Override
    public Optional<String> nestedText(List<String> nestedStackPath) {
        BundleTemplate current = bundle.mainTemplate();
        for (String logicalId : nestedStackPath) {
            Optional<String> child = current.references().stream()
                    .filter(r -> r.kind() == ReferenceKind.NESTED_TEMPLATE && r.logicalId().equals(logicalId))
                    .map(BundleReference::target)
                    .findFirst();
            if (child.isEmpty() || bundle.templates().get(child.get()) == null) {
                return Optional.empty();
            }
            current = bundle.template(child.get());
        }
        Artifact artifact = bySource.get(current.path());
        return artifact == null ? Optional.empty() : Optional.of(new String(artifact.bytes(), StandardCharsets.UTF_8));
    }
}
