package dev.collabinfra.bundle;

import dev.collabinfra.template.Template;
import java.util.List;
import java.util.Optional;

/**
 * A bundle rendered for one {@link UploadTarget}: the main template's final text, the objects to
 * upload (children first), and the main template's URL when it is too large to send inline.
 *
 * @param mainText the rendered main template; deploy sends it as TemplateBody unless {@code mainTemplateUrl} is set
 * @param mainKey the main template's content-addressed key (uploaded only when it is too large)
 * @param artifacts every object to upload, sorted by key, including the main template when too large
 */
public record RenderedBundle(String mainText, Template.Format mainFormat, String mainKey,
        Optional<String> mainTemplateUrl, List<Artifact> artifacts) {

    public RenderedBundle {
        artifacts = List.copyOf(artifacts);
    }

    public byte[] mainBytes() {
        return mainText.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
