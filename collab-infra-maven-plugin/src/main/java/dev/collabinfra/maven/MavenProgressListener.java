package dev.collabinfra.maven;

import dev.collabinfra.core.ProgressListener;
import org.apache.maven.plugin.logging.Log;

/** Maps core progress onto the Mojo log: info to info, detail to debug. */
final class MavenProgressListener implements ProgressListener {

    private final Log log;

    MavenProgressListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void detail(String message) {
        log.debug(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
