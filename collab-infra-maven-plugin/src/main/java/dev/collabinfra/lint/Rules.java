package dev.collabinfra.lint;

import dev.collabinfra.lint.rules.CertificateRegionRule;
import dev.collabinfra.lint.rules.CloudFrontTlsRule;
import dev.collabinfra.lint.rules.CloudFrontViewerProtocolRule;
import dev.collabinfra.lint.rules.DynamoDbEncryptionRule;
import dev.collabinfra.lint.rules.DynamoDbPointInTimeRecoveryRule;
import dev.collabinfra.lint.rules.ElastiCacheEncryptionRule;
import dev.collabinfra.lint.rules.HttpListenerRedirectRule;
import dev.collabinfra.lint.rules.IamWildcardActionRule;
import dev.collabinfra.lint.rules.IamWildcardResourceRule;
import dev.collabinfra.lint.rules.KmsKeyRotationRule;
import dev.collabinfra.lint.rules.NoEchoOutputRule;
import dev.collabinfra.lint.rules.OpenIngressRule;
import dev.collabinfra.lint.rules.PlaintextSecretRule;
import dev.collabinfra.lint.rules.S3EncryptionRule;
import dev.collabinfra.lint.rules.S3PublicAccessBlockRule;
import dev.collabinfra.lint.rules.S3TlsOnlyPolicyRule;
import java.util.List;

/**
 * The registry of rules, in the order they run. Add a rule here and to the README's rules table.
 */
public final class Rules {

    private Rules() {}

    /** Every built-in rule. */
    public static List<Rule> all() {
        return List.of(
                // template structure
                // intrinsic functions
                // resources
                // parameters
                // conditions, mappings, outputs
                // certificates (E9111; environments add the load balancer half)
                new CertificateRegionRule(),
                // security (W9201-W9215; ids of cfn-nag/checkov in each message)
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
                new PlaintextSecretRule()
        );
    }
}
