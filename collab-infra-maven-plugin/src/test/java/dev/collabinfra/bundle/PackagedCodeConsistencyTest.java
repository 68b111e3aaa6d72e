package dev.collabinfra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.lint.PackagedCode;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What packaging rewrites from a path to an object is exactly what the linter lets be a path. */
class PackagedCodeConsistencyTest {

    @Test
    void theLinterAcceptsLocalPathsExactlyWherePackagingRewritesThemToObjects() {
        // SAM's CodeUri becomes an s3:// string and TemplateURL an https:// string: no shape changes there
        Set<String> rewrittenToObjects = Arrays.stream(ReferenceKind.values())
                .filter(kind -> kind == ReferenceKind.LAMBDA_CODE || kind == ReferenceKind.LAYER_CONTENT)
                .map(kind -> kind.resourceType() + "." + kind.property())
                .collect(Collectors.toSet());

        assertThat(PackagedCode.LOCAL_PATH_PROPERTIES).isEqualTo(rewrittenToObjects);
    }
}
