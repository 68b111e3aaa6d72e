package dev.collabinfra.testendpoint;

import java.time.Instant;
import java.util.Map;

/**
 * One API call the endpoint received, as sent: the action, every form parameter (NoEcho values
 * included: the endpoint is the AWS side), when it came, and the error code it was answered with
 * ({@code null} on success, {@code "DroppedConnection"} when the fault plan closed the socket),
 * and the region the call was signed for.
 */
public record RecordedCall(String action, Map<String, String> parameters, Instant received, String errorCode, String region) {

    public RecordedCall(String action, Map<String, String> parameters, Instant received, String errorCode) {
        this(action, parameters, received, errorCode, null);
    }

    public RecordedCall {
        parameters = Map.copyOf(parameters);
    }

    /** True when the call was answered with a result, not an error. */
    public boolean succeeded() {
        return errorCode == null;
    }
}
