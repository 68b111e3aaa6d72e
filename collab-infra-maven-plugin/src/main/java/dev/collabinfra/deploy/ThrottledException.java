package dev.collabinfra.deploy;

/** CloudFormation still said "Rate exceeded" after the client's retries; pollers back off and try again. */
public class ThrottledException extends RuntimeException {

    public ThrottledException(String message, Throwable cause) {
        super(message, cause);
    }
}
