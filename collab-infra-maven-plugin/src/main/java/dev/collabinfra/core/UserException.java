package dev.collabinfra.core;

/**
 * A problem the user can fix (bad input, a missing file, a refused deployment). Its message says
 * what is wrong, where (file and line, or the POM element), and how to fix it; the Maven side turns
 * it into a build failure without a stack trace.
 */
public class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
