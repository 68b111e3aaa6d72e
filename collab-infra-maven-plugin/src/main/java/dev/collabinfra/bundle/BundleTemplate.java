package dev.collabinfra.bundle;

import dev.collabinfra.template.Template;
import java.util.List;

/** A template of the bundle with the local references found in it, in source order. */
public record BundleTemplate(String path, Template template, List<BundleReference> references) {

    public BundleTemplate {
        references = List.copyOf(references);
    }
}
