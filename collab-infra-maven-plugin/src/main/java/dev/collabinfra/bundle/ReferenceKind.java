package dev.collabinfra.bundle;

/** The properties whose local paths the bundle ships, and how each is rewritten once uploaded. */
public enum ReferenceKind {
    /** {@code AWS::CloudFormation::Stack TemplateURL}: becomes an https URL. */
    NESTED_TEMPLATE("AWS::CloudFormation::Stack", "TemplateURL"),
    /** {@code AWS::Lambda::Function Code}: becomes {@code {S3Bucket, S3Key}}. */
    LAMBDA_CODE("AWS::Lambda::Function", "Code"),
    /** {@code AWS::Lambda::LayerVersion Content}: becomes {@code {S3Bucket, S3Key}}. */
    LAYER_CONTENT("AWS::Lambda::LayerVersion", "Content"),
    /** {@code AWS::Serverless::Function CodeUri}: becomes an {@code s3://} URI, as SAM reads it. */
    SERVERLESS_CODE_URI("AWS::Serverless::Function", "CodeUri");

    private final String resourceType;
    private final String property;

    ReferenceKind(String resourceType, String property) {
        this.resourceType = resourceType;
        this.property = property;
    }

    public String resourceType() {
        return resourceType;
    }

    public String property() {
        return property;
    }

    /** True for code (archived), false for a nested template (rendered and hashed recursively). */
    public boolean isCode() {
        return this != NESTED_TEMPLATE;
    }
}
