package dev.collabinfra.bench;

import dev.collabinfra.bundle.Artifact;
import dev.collabinfra.bundle.RenderedBundle;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The deploy's view of a rendered bundle: the main text, and a nested stack's text found by
 * following {@code TemplateURL}s from the main template to the uploaded artifacts. This is the
 * wiring the deploy goal needs between the bundle step and the deploy core.
 */
final class BundleTemplates implements RenderedTemplates {

    private final RenderedBundle rendered;
    private final TemplateParser parser = new TemplateParser();

    BundleTemplates(RenderedBundle rendered) {
        this.rendered = rendered;
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
        String text = rendered.mainText();
        for (String logicalId : nestedStackPath) {
            Template template = parser.parse(Path.of("nested.yaml"), text.getBytes(StandardCharsets.UTF_8)).template();
            if (template == null) {
                return Optional.empty();
            }
            Optional<String> url = template.resources().getMap(logicalId).flatMap(r -> r.getMap("Properties"))
                    .flatMap(p -> p.getString("TemplateURL"));
            if (url.isEmpty()) {
                return Optional.empty();
            }
            Optional<Artifact> artifact = rendered.artifacts().stream().filter(a -> a.url().equals(url.get())).findFirst();
            if (artifact.isEmpty()) {
                return Optional.empty();
            }
            text = new String(artifact.get().bytes(), StandardCharsets.UTF_8);
        }
        return Optional.of(text);
    }
}
