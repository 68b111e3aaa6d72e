package dev.collabinfra.lint;

import java.util.Set;

/**
 * Properties whose value may be a local path in the source template, because {@code package} and
 * {@code upload} replace it with the uploaded object ({@code Code: ../lambda/connect} becomes
 * {@code {S3Bucket, S3Key}}), as {@code aws cloudformation package} does. The specification says
 * "object" for them; a string there is not a mistake before packaging. Kept equal to the object
 * rewrites of {@code bundle.ReferenceKind} (a test checks).
 */
public final class PackagedCode {

    /** {@code Type.Property} of every property packaging rewrites from a local path to an object. */
    public static final Set<String> LOCAL_PATH_PROPERTIES = Set.of("AWS::Lambda::Function.Code", "AWS::Lambda::LayerVersion.Content");

    private PackagedCode() {}

    /** True when {@code property} of {@code resourceType} may hold a local path that packaging rewrites. */
    public static boolean acceptsLocalPath(String resourceType, String property) {
        return LOCAL_PATH_PROPERTIES.contains(resourceType + "." + property);
    }
}
