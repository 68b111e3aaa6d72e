package dev.collabinfra.bench;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Counts the S3 PutObject and HeadObject requests that reach the wire (retries included). */
final class PutCounter implements ExecutionInterceptor {

    private final AtomicInteger puts = new AtomicInteger();
    private final AtomicInteger heads = new AtomicInteger();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (context.request() instanceof PutObjectRequest) {
            puts.incrementAndGet();
        } else if (context.request() instanceof HeadObjectRequest) {
            heads.incrementAndGet();
        }
    }

    int puts() {
        return puts.get();
    }

    int heads() {
        return heads.get();
    }

    void reset() {
        puts.set(0);
        heads.set(0);
    }
}
