package dev.collabinfra.bench;

import dev.collabinfra.lint.LintServices;
import dev.collabinfra.spec.RegistrySchemas;
import dev.collabinfra.spec.ResourceSpecification;

/**
 * Fresh lint services (empty parse cache, so every measured run parses again) that share one loaded
 * specification: the warm figures measure parsing and rules, and the specification load is
 * measured on its own.
 */
final class PreloadedServices extends LintServices {

    private final ResourceSpecification specification;
    private final RegistrySchemas schemas;

    PreloadedServices(ResourceSpecification specification) {
        this(specification, RegistrySchemas.bundled());
    }

    PreloadedServices(ResourceSpecification specification, RegistrySchemas schemas) {
        this.specification = specification;
        this.schemas = schemas;
    }

    @Override
    public ResourceSpecification specification() {
        return specification;
    }

    @Override
    public RegistrySchemas registrySchemas() {
        return schemas;
    }
}
