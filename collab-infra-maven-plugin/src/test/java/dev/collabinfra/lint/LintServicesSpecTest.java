package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import dev.collabinfra.template.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The specification comes from LintServices: bundled by default, the user's specFile when given, loaded once. */
class LintServicesSpecTest {

    @Test
    void bundledSpecificationIsLoadedOncePerRun() {
        LintServices services = new LintServices();
        assertThat(services.specification()).isSameAs(services.specification());
        assertThat(services.specification().version()).isEqualTo("117.0.0");
        assertThat(new LintServices().specification()).isNotSameAs(services.specification());
    }

    @Test
    void specFileReplacesTheBundledSpecification(@TempDir Path dir) throws IOException, URISyntaxException {
        // the sample knows only S3, RDS and SAM functions: a queue becomes an unknown type
        Path spec = Path.of(getClass().getResource("/spec/aws-format-sample.json").toURI());
        Path template = dir.resolve("t.yaml");
        Files.writeString(template, "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Bucket:\n    Type: AWS::S3::Bucket\n");
        List<Finding> withSample = new Linter(Rules.all(), Set.of(), new LintServices(spec)).lint(template);
        // errors only: the security rules rightly warn about the bare bucket either way
        List<Finding> errors = withSample.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).extracting(Finding::ruleId).containsExactly("E3006");
        assertThat(errors.get(0).position().line()).isEqualTo(3);
        assertThat(new Linter(Rules.all(), Set.of(), new LintServices()).lint(template))
                .noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void missingSpecFileIsAUserErrorOnFirstUse(@TempDir Path dir) throws IOException {
        Path template = dir.resolve("t.yaml");
        Files.writeString(template, "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n");
        LintServices services = new LintServices(dir.resolve("nope.json"));
        assertThatThrownBy(() -> new Linter(Rules.all(), Set.of(), services).lint(template))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("nope.json does not exist");
    }
}
