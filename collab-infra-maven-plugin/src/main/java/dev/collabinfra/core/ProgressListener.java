package dev.collabinfra.core;

/**
 * How the core reports what it does: it never prints. The Maven side maps these onto the Mojo log
 * ({@code info} to info, {@code detail} to debug).
 */
public interface ProgressListener {

    /** A line the user should see in a normal build. */
    void info(String message);

    /** Detail shown only with {@code mvn -X}. */
    void detail(String message);

    void warn(String message);

    void error(String message);

    /** A listener that drops everything, for tests and benchmarks. */
    static ProgressListener silent() {
        return new ProgressListener() {
            @Override
            public void info(String message) {}

            @Override
            public void detail(String message) {}

            @Override
            public void warn(String message) {}

            @Override
            public void error(String message) {}
        };
    }
}
