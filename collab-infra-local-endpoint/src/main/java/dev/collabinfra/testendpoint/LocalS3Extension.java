package dev.collabinfra.testendpoint;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a running {@link LocalS3}: {@code @ExtendWith(LocalS3Extension.class)}, then take a
 * {@code LocalS3} parameter. One server serves the whole test run (it takes a few seconds to start)
 * and is stopped when the run ends; tests keep apart by using their own bucket names.
 */
public final class LocalS3Extension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalS3Extension.class);

    /** Wraps the server so JUnit closes it at the end of the run. */
    private record Resource(LocalS3 s3) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            s3.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalS3.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** The run's shared server (started on first use). */
    static LocalS3 server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("s3", key -> {
            try {
                return new Resource(LocalS3.start());
            } catch (Exception e) {
                throw new IllegalStateException("could not start the local S3 server", e);
            }
        }, Resource.class).s3();
    }
}
