package dev.collabinfra.testendpoint;

/**
 * An error the endpoint answers with, carrying what AWS sends: the HTTP status, the fault type
 * ({@code Sender}/{@code Receiver}) and the error code the SDK maps to its exception classes.
 */
final class CfnError extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;

    CfnError(int status, String type, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
    }

    static CfnError validation(String message) {
        return new CfnError(400, "Sender", "ValidationError", message);
    }

    static CfnError alreadyExists(String message) {
        return new CfnError(400, "Sender", "AlreadyExistsException", message);
    }

    static CfnError changeSetNotFound(String name) {
        return new CfnError(404, "Sender", "ChangeSetNotFound", "ChangeSet [" + name + "] does not exist");
    }

    static CfnError invalidChangeSetStatus(String message) {
        return new CfnError(400, "Sender", "InvalidChangeSetStatus", message);
    }

    static CfnError insufficientCapabilities(String capability) {
        return new CfnError(400, "Sender", "InsufficientCapabilitiesException",
                "Requires capabilities : [" + capability + "]");
    }

    static CfnError throttling() {
        return new CfnError(400, "Sender", "Throttling", "Rate exceeded");
    }

    static CfnError invalidAction(String action) {
        return new CfnError(400, "Sender", "InvalidAction",
                "Could not find operation " + action + " for version 2010-05-15");
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String code() {
        return code;
    }
}
