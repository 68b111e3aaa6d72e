package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {

    static final String CLEAN = """
            AWSTemplateFormatVersion: '2010-09-09'
            Description: Nothing but a handle
            Resources:
              Handle:
                Type: AWS::CloudFormation::WaitConditionHandle
            """;

    static final String DUPLICATE_KEY = """
            Resources:
              Handle:
                Type: AWS::CloudFormation::WaitConditionHandle
              Handle:
                Type: AWS::CloudFormation::WaitConditionHandle
            """;

    static final String YES_BOOLEAN = """
            Resources:
              Handle:
                Type: AWS::CloudFormation::WaitConditionHandle
                Metadata:
                  Enabled: yes
            """;

    @TempDir
    Path project;

    @Test
    void cleanTemplatesGiveNoFindingsAndBothReports() throws IOException {
        // given
        write("src/main/cloudformation/main.yaml", CLEAN);
        write("src/main/cloudformation/nested/child.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Description\": \"child\",\n"
                + " \"Resources\": {\"H\": {\"Type\": \"AWS::CloudFormation::WaitConditionHandle\"}}}");
        // when
        ValidationResult result = validator().validate(request(FailOn.ERROR, Set.of(), false));
        // then
        assertThat(result.templates()).hasSize(2);
        assertThat(result.findings()).isEmpty();
        assertThat(result.failed()).isFalse();
        assertThat(result.summary()).isEqualTo("collab-infra: 0 errors, 0 warnings in 2 templates");
        assertThat(result.reports()).containsExactly(
                project.resolve("target/collab-infra/validate.sarif"), project.resolve("target/collab-infra/TEST-collab-infra-validate.xml"));
        assertThat(result.reports()).allMatch(Files::isRegularFile);
    }

    @Test
    void aDuplicateKeyIsReportedAtBothPlacesAndFailsTheRun() throws IOException {
        // given
        write("src/main/cloudformation/main.yaml", DUPLICATE_KEY);
        // when
        ValidationResult result = validator().validate(request(FailOn.ERROR, Set.of(), false));
        // then
        assertThat(result.findings()).extracting(f -> f.ruleId() + "@" + f.position())
                .containsExactly("E0000@2:3", "E0000@4:3");
        assertThat(result.findings()).allMatch(f -> f.file().equals(project.resolve("src/main/cloudformation/main.yaml")));
        assertThat(result.failed()).isTrue();
        assertThat(result.summary()).isEqualTo("collab-infra: 2 errors, 0 warnings in 1 template");
    }

    @Test
    void failOnDecidesWhichSeverityFails() throws IOException {
        // given: one warning (W0020) and nothing else
        write("src/main/cloudformation/main.yaml", YES_BOOLEAN);
        // when / then
        assertThat(validator().validate(request(FailOn.ERROR, Set.of(), false)).failed()).isFalse();
        assertThat(validator().validate(request(FailOn.WARNING, Set.of(), false)).failed()).isTrue();
        assertThat(validator().validate(request(FailOn.INFO, Set.of(), false)).failing()).extracting(Finding::ruleId).containsExactly("W0020");
        assertThat(validator().validate(request(FailOn.NONE, Set.of(), false)).failed()).isFalse();
    }

    @Test
    void ignoredRulesAndPrefixesAreNotReported() throws IOException {
        // given
        write("src/main/cloudformation/a.yaml", YES_BOOLEAN);
        write("src/main/cloudformation/b.yaml", DUPLICATE_KEY);
        // when
        ValidationResult byId = validator().validate(request(FailOn.ERROR, Set.of("W0020"), false));
        ValidationResult byPrefix = validator().validate(request(FailOn.ERROR, Set.of("E00"), false));
        // then
        assertThat(byId.findings()).extracting(Finding::ruleId).containsExactly("E0000", "E0000");
        assertThat(byPrefix.findings()).extracting(Finding::ruleId).containsExactly("W0020");
    }

    @Test
    void noTemplatesFailsUnlessAllowed() throws IOException {
        // given
        Files.createDirectories(project.resolve("src/main/cloudformation/environments"));
        write("src/main/cloudformation/environments/prod.yaml", "StackName: prod\n");
        // when / then
        assertThatThrownBy(() -> validator().validate(request(FailOn.ERROR, Set.of(), false)))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("No templates (*.yaml, *.yml, *.json, *.template) found in " + project.resolve("src/main/cloudformation"))
                .hasMessageContaining("<allowEmpty>true</allowEmpty>");
        List<String> warnings = new ArrayList<>();
        ValidationResult allowed = new Validator(Rules.all(), List.of(), LintServices::new, recording(warnings))
                .validate(request(FailOn.ERROR, Set.of(), true));
        assertThat(allowed.templates()).isEmpty();
        assertThat(allowed.summary()).isEqualTo("collab-infra: 0 errors, 0 warnings in 0 templates");
        assertThat(allowed.reports()).allMatch(Files::isRegularFile);
        assertThat(warnings).singleElement().asString().startsWith("No templates found in");
    }

    @Test
    void rulesRunOnEveryParsedTemplateAndTheirFindingsAreSorted() throws IOException {
        // given
        write("src/main/cloudformation/b.yaml", CLEAN);
        write("src/main/cloudformation/a.yaml", CLEAN);
        Rule everyResource = rule("W9001", ctx -> ctx.template().resources().entries()
                .forEach(e -> ctx.report(e.keyPosition(), "resource " + e.key())));
        // when
        ValidationResult result = new Validator(List.of(everyResource), List.of(), LintServices::new, ProgressListener.silent())
                .validate(request(FailOn.ERROR, Set.of(), false));
        // then
        assertThat(result.findings()).extracting(f -> f.file().getFileName() + ":" + f.position() + " " + f.ruleId() + " " + f.message())
                .containsExactly("a.yaml:4:3 W9001 resource Handle", "b.yaml:4:3 W9001 resource Handle");
        assertThat(result.ruleCatalog()).containsEntry("W9001", "test rule W9001").containsKeys("E0000", "E0011", "W0020");
    }

    @Test
    void aRuleThatThrowsBecomesE0002AndTheOtherRulesStillRun() throws IOException {
        // given
        write("src/main/cloudformation/main.yaml", CLEAN);
        Rule broken = rule("E9999", ctx -> {
            throw new IllegalStateException("boom");
        });
        Rule working = rule("W9001", ctx -> ctx.report(ctx.template().root(), "still here"));
        Validator validator = new Validator(List.of(broken, working), List.of(), LintServices::new, ProgressListener.silent());
        // when
        ValidationResult result = validator.validate(request(FailOn.ERROR, Set.of(), false));
        ValidationResult silenced = validator.validate(request(FailOn.ERROR, Set.of("E9999"), false));
        // then
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("E0002", "W9001");
        assertThat(result.findings().get(0).message()).contains("Rule E9999 failed", "boom", "ignore_checks: [E9999]");
        assertThat(silenced.findings()).extracting(Finding::ruleId).containsExactly("W9001");
    }

    @Test
    void wholeSetChecksSeeEveryTemplateAndTheirFindingsCountAndCanBeIgnored() throws IOException {
        // given
        write("src/main/cloudformation/main.yaml", CLEAN);
        write("src/main/cloudformation/environments/prod.yaml", "StackName: prod\n");
        List<List<Path>> seen = new ArrayList<>();
        ValidationCheck environments = scope -> {
            seen.add(scope.templates());
            assertThat(scope.services().parse(scope.templates().get(0)).template()).isNotNull();
            Path env = scope.templateRoot().resolve("environments/prod.yaml");
            return List.of(new Finding("E9100", Severity.ERROR, env, new Position(1, 1), "environment broken"));
        };
        Validator validator = new Validator(List.of(), List.of(environments), LintServices::new, ProgressListener.silent());
        // when
        ValidationResult result = validator.validate(request(FailOn.ERROR, Set.of(), false));
        ValidationResult ignored = validator.validate(request(FailOn.ERROR, Set.of("E91"), false));
        // then
        assertThat(seen.get(0)).containsExactly(project.resolve("src/main/cloudformation/main.yaml"));
        assertThat(result.findings()).extracting(f -> project.relativize(f.file()) + " " + f.ruleId())
                .containsExactly("src/main/cloudformation/environments/prod.yaml E9100");
        assertThat(result.failed()).isTrue();
        assertThat(result.ruleCatalog()).containsKey("E9100");
        assertThat(ignored.findings()).isEmpty();
    }

    @Test
    void aSingleFileCanBeValidated() throws IOException {
        // given
        write("infra/one.yaml", DUPLICATE_KEY);
        write("infra/other.yaml", CLEAN);
        ValidationRequest single = new ValidationRequest(project, project.resolve("infra/one.yaml"), false, Set.of(), FailOn.ERROR,
                project.resolve("target/collab-infra"), "test");
        // when
        ValidationResult result = validator().validate(single);
        // then
        assertThat(result.templates()).containsExactly(project.resolve("infra/one.yaml"));
        assertThat(result.findings()).hasSize(2);
    }

    @Test
    void aReportDirectoryThatCannotBeCreatedIsAUserError() throws IOException {
        // given: a file where the report directory should go
        write("src/main/cloudformation/main.yaml", CLEAN);
        write("target/collab-infra", "not a directory");
        // when / then
        assertThatThrownBy(() -> validator().validate(request(FailOn.ERROR, Set.of(), false)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Cannot write the validation reports to " + project.resolve("target/collab-infra"));
    }

    private Validator validator() {
        return new Validator(ProgressListener.silent());
    }

    private ValidationRequest request(FailOn failOn, Set<String> ignored, boolean allowEmpty) {
        return new ValidationRequest(project, project.resolve("src/main/cloudformation"), allowEmpty, ignored, failOn,
                project.resolve("target/collab-infra"), "test");
    }

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static Rule rule(String id, java.util.function.Consumer<LintContext> check) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "test rule " + id;
            }

            @Override
            public void check(LintContext context) {
                check.accept(context);
            }
        };
    }

    private static ProgressListener recording(List<String> warnings) {
        return new ProgressListener() {
            @Override
            public void info(String message) {}

            @Override
            public void detail(String message) {}

            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void error(String message) {}
        };
    }
}
