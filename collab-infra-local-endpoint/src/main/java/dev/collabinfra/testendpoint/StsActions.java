package dev.collabinfra.testendpoint;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * STS {@code AssumeRole}, so the plugin's {@code assumeRoleArn} runs against the local endpoint.
 * The temporary credentials are LocalS3's keys (uploads forwarded to S3Proxy must still be signed
 * with them) with a fixed session token, which tests look for where it must never appear.
 */
public final class StsActions {

    /** The session token every assumed role gets. */
    public static final String SESSION_TOKEN = "local-session-token-Zq93xTT7";

    private final Clock clock;

    StsActions(Clock clock) {
        this.clock = clock;
    }

    Consumer<Xml> assumeRole(QueryRequest request) {
        String roleArn = request.require("RoleArn");
        String session = request.require("RoleSessionName");
        String expiration = clock.instant().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        return xml -> xml.open("Credentials")
                .leaf("AccessKeyId", LocalS3.ACCESS_KEY)
                .leaf("SecretAccessKey", LocalS3.SECRET_KEY)
                .leaf("SessionToken", SESSION_TOKEN)
                .leaf("Expiration", expiration)
                .close("Credentials")
                .open("AssumedRoleUser")
                .leaf("AssumedRoleId", "AROALOCAL:" + session)
                .leaf("Arn", roleArn.replace(":iam::", ":sts::").replace(":role/", ":assumed-role/") + "/" + session)
                .close("AssumedRoleUser");
    }
}
