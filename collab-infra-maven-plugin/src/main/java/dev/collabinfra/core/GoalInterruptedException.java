package dev.collabinfra.core;

/**
 * The build was interrupted (Ctrl-C) while a goal waited; the message says what is still running
 * and how to watch it. Not a user mistake, so the Maven side reports it as an execution error.
 * The thread's interrupt flag is set again before this is thrown.
 */
public class GoalInterruptedException extends RuntimeException {

    public GoalInterruptedException(String message, InterruptedException cause) {
        super(message, cause);
    }
}
