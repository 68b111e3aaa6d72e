package dev.collabinfra.bench;

import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.rules.services.ServiceData;
import dev.collabinfra.spec.RegistrySchemas;
import dev.collabinfra.spec.ResourceSpecification;

/**
 * Fresh lint services (empty parse cache, so every measured run parses again) that share the
 * bundled data once loaded: the specification, the registry schemas and the service rules' tables
 * (IAM actions, runtimes, ...). The warm figures measure parsing and rules; loading the data is a
 * once-per-build cost, measured on its own and in the fresh-JVM run.
 */
final class PreloadedServices extends LintServices {

    private final ResourceSpecification specification;
    private final RegistrySchemas schemas;
    private final ServiceData serviceData;

    PreloadedServices(ResourceSpecification specification) {
        this(specification, RegistrySchemas.bundled());
    }

    PreloadedServices(ResourceSpecification specification, RegistrySchemas schemas) {
        this(specification, schemas, ServiceData.bundled());
    }

    PreloadedServices(ResourceSpecification specification, RegistrySchemas schemas, ServiceData serviceData) {
        this.specification = specification;
        this.schemas = schemas;
        this.serviceData = serviceData;
    }

    @Override
    public ResourceSpecification specification() {
        return specification;
    }

    @Override
    public RegistrySchemas registrySchemas() {
        return schemas;
    }

    @Override
    public <T> void preload(Class<T> key, java.util.function.Supplier<T> load) {
        if (key != ServiceData.class) {
            super.preload(key, load); // the service tables are loaded once for the whole benchmark
        }
    }

    @Override
    public <T> T shared(Class<T> key, java.util.function.Supplier<T> load) {
        return key == ServiceData.class ? key.cast(serviceData) : super.shared(key, load);
    }
}
