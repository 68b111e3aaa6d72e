package dev.collabinfra.maven;

/** The names users type after {@code -D}; one place so documentation and code agree. */
public final class PropertyNames {

    public static final String PREFIX = "collab-infra.";
    public static final String SKIP = "collab-infra.skip";
    public static final String VALIDATE_SKIP = "collab-infra.validate.skip";
    public static final String TEMPLATES = "collab-infra.templates";
    public static final String FAIL_ON = "collab-infra.failOn";
    public static final String IGNORE_RULES = "collab-infra.ignoreRules";
    public static final String VALIDATE_ALLOW_EMPTY = "collab-infra.validate.allowEmpty";
    public static final String OUTPUT_DIRECTORY = "collab-infra.outputDirectory";
    public static final String ENV = "env";

    private PropertyNames() {}
}
