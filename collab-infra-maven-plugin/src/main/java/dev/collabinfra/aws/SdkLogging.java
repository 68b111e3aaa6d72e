package dev.collabinfra.aws;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Keeps the debug logs that print secrets off under {@code mvn -X}. The HTTP client's wire and
 * header logs print every request and response whole: the STS AssumeRole answer (secret key,
 * session token), {@code X-Amz-Security-Token} on every call, CreateChangeSet bodies with NoEcho
 * {@code ParameterValue}s, DescribeStacks answers with outputs that echo them. The SDK's SigV4
 * signer prints the canonical request, session token included. The rest of the SDK's debug log
 * (requests by method and path, header names, request ids, retries) stays on.
 *
 * <p>Maven logs through SLF4J's simple backend, which takes a logger's level from the system
 * property {@code org.slf4j.simpleLogger.log.<name>} when the logger is first made: these loggers
 * are set to {@code info} before the SDK makes any client (this JVM's setting, as Maven sets its
 * own default level). With {@value #WIRE_PROPERTY}{@code =true} they are left to {@code -X}.
 */
public final class SdkLogging {

    /** The property that turns the wire log back on; its name says what it does. */
    public static final String WIRE_PROPERTY = "collab-infra.debugWirePrintsSecrets";

    /** Loggers that print credentials, tokens or whole bodies at DEBUG (Apache HttpClient 5 and 4, the SDK's signers). */
    static final List<String> SECRET_PRINTING = List.of(
            "org.apache.hc.client5.http.wire",
            "org.apache.hc.client5.http.headers",
            "org.apache.http.wire",
            "org.apache.http.headers",
            "software.amazon.awssdk.http.auth.aws.internal.signer",
            "software.amazon.awssdk.auth.signer");

    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.log.";
    private static final String QUIET = "info";

    private SdkLogging() {}

    /**
     * Sets the loggers' level before the SDK makes them; idempotent.
     *
     * @param wirePrintsSecrets true when the user asked for the wire log with {@value #WIRE_PROPERTY}
     * @return the loggers that would still print at DEBUG despite this (another SLF4J backend, or
     *     loggers made earlier in this JVM); empty when the wire log was asked for
     */
    public static List<String> apply(boolean wirePrintsSecrets) {
        for (String logger : SECRET_PRINTING) {
            String key = SIMPLE_LOGGER_LEVEL + logger;
            if (wirePrintsSecrets) {
                if (QUIET.equals(System.getProperty(key))) {
                    System.clearProperty(key);
                }
            } else {
                System.setProperty(key, QUIET);
            }
        }
        if (wirePrintsSecrets) {
            return List.of();
        }
        // Only after the properties are set: asking for a logger makes it, at the level in force then.
        return SECRET_PRINTING.stream().filter(name -> LoggerFactory.getLogger(name).isDebugEnabled()).toList();
    }

    /** The debug line that says what is left out of the log, and how to get it. */
    public static String note(boolean wirePrintsSecrets, List<String> stillLoud) {
        if (wirePrintsSecrets) {
            return "The AWS SDK's HTTP wire log is on (" + WIRE_PROPERTY + "=true): it prints credentials, session tokens and NoEcho "
                    + "values. Do not share this log.";
        }
        if (!stillLoud.isEmpty()) {
            return "These loggers still print credentials and NoEcho values at DEBUG, because the SLF4J backend is not Maven's default: "
                    + String.join(", ", stillLoud) + ". Set them to INFO in its configuration.";
        }
        return "The AWS SDK's HTTP wire log and SigV4 canonical requests are left out of this debug log (they print credentials and "
                + "NoEcho values); -D" + WIRE_PROPERTY + "=true puts them in.";
    }
}
