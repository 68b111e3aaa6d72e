package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.lint.rules.services.ServiceData;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Shared data started on the side ({@link LintServices#preload}) is what the rules get, built once. */
class LintServicesPreloadTest {

    @Test
    void aPreloadedValueIsWhatSharedReturnsAndIsBuiltOnce() {
        LintServices services = new LintServices();
        AtomicInteger built = new AtomicInteger();
        Object preloaded = new Object();
        services.preload(Object.class, () -> {
            built.incrementAndGet();
            return preloaded;
        });
        services.preload(Object.class, () -> {
            built.incrementAndGet();
            return new Object();
        });
        Object first = services.shared(Object.class, () -> {
            throw new AssertionError("the rule's own loader must not run when a preload was started");
        });
        Object second = services.shared(Object.class, Object::new);

        assertThat(first).isSameAs(preloaded);
        assertThat(second).isSameAs(preloaded);
        assertThat(built).hasValue(1);
    }

    @Test
    void aPreloadThatFailsFailsTheRuleThatAsksWithTheSameException() {
        LintServices services = new LintServices();
        services.preload(String.class, () -> {
            throw new IllegalStateException("the plugin jar lacks service-data.txt.gz");
        });

        assertThatThrownBy(() -> services.shared(String.class, () -> "fallback"))
                .isInstanceOf(IllegalStateException.class).hasMessage("the plugin jar lacks service-data.txt.gz");
    }

    @Test
    void validateStartsTheServiceTablesOnTheSide() {
        LintServices services = new LintServices();
        Rules.preload(services);
        ServiceData data = services.shared(ServiceData.class, () -> {
            throw new AssertionError("the preloaded tables should have been used");
        });

        // every table is built already: the IAM actions know s3:GetObject
        assertThat(data.iamActions().get("s3")).contains("getobject");
    }
}
