package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Security rules (W9201-W9215; the ids of cfn-nag and checkov are named in each message). */
public final class SecurityRules {

    private SecurityRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new OpenIngressRule(),
                new IamWildcardActionRule(),
                new IamWildcardResourceRule(),
                new S3EncryptionRule(),
                new S3PublicAccessBlockRule(),
                new S3TlsOnlyPolicyRule(),
                new DynamoDbPointInTimeRecoveryRule(),
                new DynamoDbEncryptionRule(),
                new ElastiCacheEncryptionRule(),
                new HttpListenerRedirectRule(),
                new CloudFrontViewerProtocolRule(),
                new CloudFrontTlsRule(),
                new KmsKeyRotationRule(),
                new NoEchoOutputRule(),
                new PlaintextSecretRule());
    }
}
