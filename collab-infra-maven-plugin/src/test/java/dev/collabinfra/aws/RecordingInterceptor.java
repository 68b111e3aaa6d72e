package dev.collabinfra.aws;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/** Records what the SDK puts on the wire, so tests can assert headers a local S3 server ignores. */
final class RecordingInterceptor implements ExecutionInterceptor {

    /** One request as sent: the SDK request object and the signed HTTP request. */
    record Sent(SdkRequest request, SdkHttpRequest http) {
        String header(String name) {
            return http.firstMatchingHeader(name).orElse(null);
        }
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    /**
     * Records each call once: the SDK retries a 5xx with the same invocation id, and a test asks
     * what the plugin sent, not how often the SDK retried it.
     */
    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String invocation = context.httpRequest().firstMatchingHeader("amz-sdk-invocation-id").orElse("");
        synchronized (sent) {
            if (sent.stream().noneMatch(s -> s.header("amz-sdk-invocation-id").equals(invocation))) {
                sent.add(new Sent(context.request(), context.httpRequest()));
            }
        }
    }

    /** Requests of one SDK type, in the order they were sent. */
    <T extends SdkRequest> List<Sent> of(Class<T> type) {
        return sent.stream().filter(s -> type.isInstance(s.request())).toList();
    }

    void clear() {
        sent.clear();
    }
}
