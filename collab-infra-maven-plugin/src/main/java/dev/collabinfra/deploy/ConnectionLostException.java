package dev.collabinfra.deploy;

import dev.collabinfra.core.UserException;

/**
 * The connection to CloudFormation broke (reset, closed without an answer, timed out) after the
 * client's own retries. Pollers back off and try again, as for throttling; other callers see a
 * message a user can act on.
 */
public class ConnectionLostException extends UserException {

    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
