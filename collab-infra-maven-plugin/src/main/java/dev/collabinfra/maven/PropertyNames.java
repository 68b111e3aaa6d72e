package dev.collabinfra.maven;

/** The names users type after {@code -D}; one place so documentation and code agree. */
public final class PropertyNames {

    public static final String PREFIX = "collab-infra.";
    public static final String SKIP = "collab-infra.skip";
    public static final String VALIDATE_SKIP = "collab-infra.validate.skip";
    public static final String TEMPLATES = "collab-infra.templates";
    public static final String ENV = "env";

    private PropertyNames() {}
}
