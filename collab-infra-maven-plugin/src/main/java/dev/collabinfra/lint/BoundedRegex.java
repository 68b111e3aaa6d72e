package dev.collabinfra.lint;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Runs a user's regular expression ({@code AllowedPattern}) with a bound on its work. Java's
 * engine backtracks, so {@code (.*a){12}} against 61 characters runs for minutes; here the input is
 * wrapped in a {@link CharSequence} that counts the engine's reads and gives up after
 * {@link #MAX_STEPS}, which a sane pattern never nears (a few reads per character).
 */
public final class BoundedRegex {

    /** Character reads one match may make. */
    public static final long MAX_STEPS = 2_000_000;

    /** How a bounded match came out. */
    public enum Result {
        MATCHES,
        DOES_NOT_MATCH,
        /** The engine gave up: the pattern backtracks too much on this value to decide. */
        UNDECIDED,
        /** The pattern does not compile in Java's dialect (another rule's finding). */
        INVALID
    }

    private BoundedRegex() {}

    /** Whether all of {@code value} matches {@code pattern}, within {@link #MAX_STEPS}. */
    public static Result fullMatch(String pattern, String value) {
        return fullMatch(pattern, value, MAX_STEPS);
    }

    static Result fullMatch(String pattern, String value, long maxSteps) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException | StackOverflowError e) {
            return Result.INVALID;
        }
        try {
            return compiled.matcher(new Counted(value, maxSteps)).matches() ? Result.MATCHES : Result.DOES_NOT_MATCH;
        } catch (TooManySteps | StackOverflowError e) {
            return Result.UNDECIDED;
        }
    }

    /** The message part for a pattern that could not be checked. */
    public static String undecided(String pattern) {
        return "could not be checked against its AllowedPattern '" + pattern + "': the pattern backtracks too much"
                + " (over " + MAX_STEPS + " steps); simplify it (avoid nested repetition such as (.*a){12})";
    }

    private static final class TooManySteps extends RuntimeException {
        TooManySteps() {
            super(null, null, false, false);
        }
    }

    /** A string whose reads are counted; sub-sequences share the count. */
    private static final class Counted implements CharSequence {
        private final String text;
        private final long[] steps;
        private final long max;

        Counted(String text, long max) {
            this(text, new long[1], max);
        }

        private Counted(String text, long[] steps, long max) {
            this.text = text;
            this.steps = steps;
            this.max = max;
        }

        @Override
        public char charAt(int index) {
            if (++steps[0] > max) {
                throw new TooManySteps();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counted(text.substring(start, end), steps, max);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
