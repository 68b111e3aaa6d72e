package dev.collabinfra.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.rules.certificates.CertificateUsages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E9111 without an environment, across a nested stack boundary. */
class CertificateRegionRuleTest {

    private static final Path NESTED = Path.of("src/test/resources/lint/E9111/nested").toAbsolutePath();

    @Test
    void literalPassedToANestedCloudFrontStackIsReportedInTheParent() {
        List<Finding> findings = SecurityRuleFixturesTest.lint("E9111", NESTED.resolve("parent.yaml"));
        // line 11: the literal passed to the child; line 4: the parent Default that reaches CloudFront through Ref
        assertThat(findings).extracting(f -> f.position().line()).containsExactly(4, 11);
        assertThat(findings).allSatisfy(f -> assertThat(f.file()).isEqualTo(NESTED.resolve("parent.yaml")));
        assertThat(findings.get(1).message()).contains("'Distribution' (cdn.yaml:5)", "eu-west-1",
                "CloudFront accepts only certificates from us-east-1");
        assertThat(findings.get(0).message()).contains("the Default of parameter 'AlbCertificateArn'");
    }

    @Test
    void theChildAloneHasNothingToJudge() {
        assertThat(SecurityRuleFixturesTest.lint("E9111", NESTED.resolve("cdn.yaml"))).isEmpty();
    }

    @Test
    void acmRegionReadsOnlyAcmArns() {
        assertThat(CertificateUsages.acmRegion("arn:aws:acm:eu-west-1:123456789012:certificate/x")).contains("eu-west-1");
        assertThat(CertificateUsages.acmRegion("arn:aws-us-gov:acm:us-gov-west-1:123456789012:certificate/x")).contains("us-gov-west-1");
        assertThat(CertificateUsages.acmRegion("arn:aws:iam::123456789012:server-certificate/x")).isEmpty();
        assertThat(CertificateUsages.acmRegion("not an arn")).isEmpty();
    }
}
