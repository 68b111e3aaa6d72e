package dev.collabinfra.lint.rules.services;

/** E3710: the resource type's service has been shut down (cfn-lint E3710). */
public final class ServiceShutdownRule extends ResourceLifecycle {

    public ServiceShutdownRule() {
        super("shutdown");
    }

    @Override
    public String id() {
        return "E3710";
    }

    @Override
    public String description() {
        return "Resource type is from a service that has been shut down";
    }
}
