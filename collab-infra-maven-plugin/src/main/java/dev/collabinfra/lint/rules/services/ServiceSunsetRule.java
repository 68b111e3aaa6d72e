package dev.collabinfra.lint.rules.services;

/** W3696: the resource type's service is sunsetting and will be shut down (cfn-lint W3696). */
public final class ServiceSunsetRule extends ResourceLifecycle {

    public ServiceSunsetRule() {
        super("sunset");
    }

    @Override
    public String id() {
        return "W3696";
    }

    @Override
    public String description() {
        return "Resource type is from a service that is sunsetting";
    }
}
