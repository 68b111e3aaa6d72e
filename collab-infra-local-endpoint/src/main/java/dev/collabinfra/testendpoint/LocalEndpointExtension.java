package dev.collabinfra.testendpoint;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a running {@link LocalCloudFormation} wired to the run's shared {@link LocalS3}:
 * {@code @ExtendWith(LocalEndpointExtension.class)}, then take a {@code LocalCloudFormation} and/or
 * {@code LocalS3} parameter. Each test gets a fresh CloudFormation endpoint (empty, no recorded
 * calls, no faults, 20 ms per resource), closed after the test; the S3 server is shared, so tests
 * use their own bucket names.
 */
public final class LocalEndpointExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalEndpointExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalCloudFormation.class || type == LocalS3.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LocalS3 s3 = LocalS3Extension.server(context);
        if (parameter.getParameter().getType() == LocalS3.class) {
            return s3;
        }
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("cfn", key -> {
            try {
                return LocalCloudFormation.builder().s3Endpoint(s3.endpoint()).start();
            } catch (Exception e) {
                throw new IllegalStateException("could not start the local CloudFormation endpoint", e);
            }
        }, LocalCloudFormation.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LocalCloudFormation cfn = context.getStore(NAMESPACE).remove("cfn", LocalCloudFormation.class);
        if (cfn != null) {
            cfn.close();
        }
    }
}
