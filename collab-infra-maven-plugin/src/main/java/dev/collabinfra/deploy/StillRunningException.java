package dev.collabinfra.deploy;

import dev.collabinfra.core.UserException;

/**
 * The plugin stopped waiting (timeout) while CloudFormation goes on; the message says how to watch
 * the stack from here.
 */
public class StillRunningException extends UserException {

    public StillRunningException(String message) {
        super(message);
    }
}
