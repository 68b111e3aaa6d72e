package dev.collabinfra.aws;

import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.ThrottledException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns SDK exceptions into messages a user can act on: bad or expired credentials, an unknown
 * region or unreachable endpoint, a request the service rejected (CloudFormation, and S3 for the
 * upload step of deploy; {@link #s3} for calls on a named bucket). This is the one place AWS errors
 * are worded. Throttling becomes
 * {@link ThrottledException} so pollers can back off. Secrets never appear: the SDK does not put
 * them in messages, and nothing here adds request content.
 */
public final class AwsErrors {

    private static final Set<String> THROTTLING = Set.of(
            "Throttling", "ThrottlingException", "ThrottledException", "RequestLimitExceeded", "TooManyRequestsException",
            "RequestThrottled", "SlowDown");
    private static final Set<String> EXPIRED = Set.of("ExpiredToken", "ExpiredTokenException", "RequestExpired");
    private static final Set<String> BAD_KEY = Set.of("InvalidClientTokenId", "UnrecognizedClientException", "InvalidAccessKeyId",
            "AuthFailure");

    private AwsErrors() {}

    /**
     * Runs a step that calls AWS (the upload, for instance) and turns an SDK failure into the same
     * messages the deploy gives, so bad credentials fail every goal the same way.
     *
     * @param service the service in words, e.g. {@code S3}
     */
    public static <T> T translating(String service, String where, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (SdkException e) {
            throw map(service, "request", e, where);
        }
    }

    static RuntimeException map(String operation, SdkException e, String where) {
        return map("CloudFormation", operation, e, where);
    }

    /**
     * @param serviceName the service in words, for the message
     * @param operation the action, for the message
     * @param where the region and endpoint, for the message
     */
    static RuntimeException map(String serviceName, String operation, SdkException e, String where) {
        if (e instanceof AwsServiceException failure && failure.awsErrorDetails() != null) {
            // HEAD responses carry no error document: the HTTP status is all there is.
            String code = failure.awsErrorDetails().errorCode() != null ? failure.awsErrorDetails().errorCode() : "HTTP " + failure.statusCode();
            String message = String.valueOf(failure.awsErrorDetails().errorMessage());
            if (THROTTLING.contains(code) || failure.isThrottlingException()) {
                return new ThrottledException(serviceName + " throttled " + operation + ": " + message, e);
            }
            if (EXPIRED.contains(code)) {
                return new UserException("The AWS credentials have expired (" + code + " on " + operation + "). Fix: refresh them"
                        + " (aws sso login, a new session token) and run again.", e);
            }
            if (BAD_KEY.contains(code)) {
                return new UserException("AWS does not know the access key id in use (" + code + " on " + operation + ", " + where
                        + "). Fix: check -Dcollab-infra.profile, the settings.xml <server> named by serverId, or AWS_ACCESS_KEY_ID.", e);
            }
            if (code.equals("SignatureDoesNotMatch")) {
                return new UserException("AWS rejected the request signature (" + operation + ", " + where + "): the secret access key"
                        + " does not match the access key id. Fix: check the secret in your profile or settings.xml <server>.", e);
            }
            if (failure.statusCode() == 403 && (failure.awsErrorDetails().errorCode() == null || code.equals("Forbidden"))) {
                return new UserException(serviceName + " refused the request (HTTP 403, " + operation + ", " + where + "): the"
                        + " credentials are wrong or lack permission. Fix: check -Dcollab-infra.profile, the settings.xml <server>"
                        + " named by serverId, or AWS_ACCESS_KEY_ID, and the identity's permissions.", e);
            }
            if (code.startsWith("AccessDenied")) {
                String permission = serviceName.equals("CloudFormation") ? "cloudformation:" + operation : "that permission";
                return new UserException("Not allowed: " + serviceName + " " + operation + " was denied (" + message + "). Fix: grant the"
                        + " deploying identity " + permission + " (or use assumeRoleArn).", e);
            }
            if (message.contains("Requires capabilities")) {
                return new UserException(serviceName + " " + operation + " failed: " + message + ". Fix: list them under"
                        + " 'capabilities:' in the environment file (or <capabilities> in the POM).", e);
            }
            return new UserException(serviceName + " " + operation + " failed: " + message + " (" + code + ")", e);
        }
        if (e instanceof SdkClientException) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("credentials") || message.contains("Credentials")) {
                return new UserException(noCredentials(message), e);
            }
            if (hasCause(e, UnknownHostException.class)) {
                return new UserException("Cannot reach " + serviceName + " (" + where + "): the host name does not resolve."
                        + " Fix: check -Dcollab-infra.region (a real region like eu-west-1) and -Dcollab-infra.endpoint.", e);
            }
            if (hasCause(e, ConnectException.class)) {
                return new UserException("Cannot connect to " + serviceName + " (" + where + "): " + firstLine(message)
                        + ". Fix: check -Dcollab-infra.endpoint and that the service is running.", e);
            }
            return new UserException("Cannot talk to " + serviceName + " (" + operation + ", " + where + "): " + firstLine(message), e);
        }
        return new UserException(serviceName + " " + operation + " failed: " + firstLine(String.valueOf(e.getMessage())), e);
    }

    /**
     * First line: what is missing and how to provide it, short enough to read in a build log (under
     * 200 characters); then what the SDK's provider chain tried, for whoever needs the detail.
     */
    static String noCredentials(String sdkMessage) {
        java.util.regex.Matcher profile = java.util.regex.Pattern.compile("profile '([^']+)'|profile ([A-Za-z0-9_.-]+)").matcher(sdkMessage);
        String first = profile.find()
                ? "No usable AWS credentials in profile '" + (profile.group(1) != null ? profile.group(1) : profile.group(2))
                        + "' (~/.aws). Fix that profile, or use AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or -Dcollab-infra.serverId=ID."
                : "No AWS credentials found. Provide them with -Dcollab-infra.profile=NAME, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,"
                        + " or -Dcollab-infra.serverId=ID (settings.xml).";
        return first + "\nWhat the AWS SDK tried: " + sdkMessage;
    }

    /**
     * An S3 call on a named bucket failed: every message names the bucket and the operation.
     * Denied requests say which permissions the upload needs; unreachable servers and missing
     * credentials say how to fix them; the rest is worded as for every service.
     *
     * @param operation {@code HeadBucket}, {@code HeadObject}, {@code PutObject}
     * @param resource {@code bucket NAME} or {@code s3://NAME/KEY}
     * @param bucketOwner the account that must own the bucket, or null
     */
    public static RuntimeException s3(String operation, String resource, String bucketOwner, SdkException e) {
        if (e instanceof AwsServiceException failure && failure.statusCode() == 403) {
            return new UserException("S3 " + operation + " on " + resource + " was denied (403)"
                    + (bucketOwner != null ? "; the bucket may not be owned by account " + bucketOwner : "")
                    + ". Fix: check the bucket name, the credentials (-Dcollab-infra.profile, AWS_PROFILE or AWS_ACCESS_KEY_ID)"
                    + " and that they allow s3:ListBucket, s3:GetObject and s3:PutObject on it", e);
        }
        if (e instanceof SdkClientException && !hasCause(e, UnknownHostException.class) && !hasCause(e, ConnectException.class)
                && !String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("credentials")) {
            return new UserException("Could not reach S3 for " + operation + " on " + resource + ": " + firstLine(String.valueOf(e.getMessage()))
                    + "; check the AWS credentials (-Dcollab-infra.profile, AWS_PROFILE or AWS_ACCESS_KEY_ID), the region"
                    + " and -Dcollab-infra.endpoint", e);
        }
        RuntimeException mapped = map("S3", operation, e, resource);
        // Every S3 message names the operation as well as the bucket, whichever branch worded it.
        String message = mapped.getMessage();
        if (!(mapped instanceof UserException) || message.contains(operation) && message.contains(resource)) {
            return mapped;
        }
        String generic = "S3 " + operation + " failed: ";
        return new UserException(message.startsWith(generic) ? "S3 " + operation + " on " + resource + " failed: "
                + message.substring(generic.length()) : "S3 " + operation + " on " + resource + ": " + message, e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
