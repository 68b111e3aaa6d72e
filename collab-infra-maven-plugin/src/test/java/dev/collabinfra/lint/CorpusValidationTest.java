package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.lint.report.ReportFiles;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole validation run (discovery, parser, every rule, both reports) over the shared corpus of
 * real AWS sample templates, which CloudFormation accepts: not one error may come out. The corpus
 * is named by {@code -Dcorpus.dir}; without it this test is skipped and says so. The real defects
 * of {@link KnownDefects} are the only errors allowed, and each must be found.
 */
class CorpusValidationTest {

    @Test
    void realAwsSampleTemplatesValidateWithoutErrors(@TempDir Path reports) throws Exception {
        // given
        Path corpus = AwsSamplesCorpus.dirOrSkip("CorpusValidationTest");
        ValidationRequest request = new ValidationRequest(corpus, corpus, false, Set.of(), FailOn.ERROR, reports, "corpus");
        // when
        ValidationResult result = new Validator(ProgressListener.silent()).validate(request);
        // then
        System.out.println("CorpusValidationTest: " + result.summary());
        assertThat(result.templates()).hasSizeGreaterThanOrEqualTo(100);
        KnownDefects known = KnownDefects.of(corpus);
        assertThat(known.unexpectedErrors(result.findings())).as("errors on templates CloudFormation accepts").isEmpty();
        assertThat(known.notFound(result.findings())).as("known defects no longer reported").isEmpty();
        assertThat(ReportFiles.sarif(reports.resolve(Validator.SARIF_FILE)).path("runs").get(0).path("results"))
                .hasSize(result.findings().size());
        assertThat(ReportFiles.junit(reports.resolve(Validator.JUNIT_FILE)).getDocumentElement().getAttribute("tests"))
                .isEqualTo(Integer.toString(result.templates().size()));
    }
}
