package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every rule against real AWS sample templates: none may report an error on them (they deploy),
 * so a false positive here means a rule is wrong. Warnings are counted and printed per rule id.
 * The exceptions are the real defects of {@link KnownDefects}, each of which must still be found.
 */
class AwsSamplesCorpusTest {

    @Test
    void awsSamplesHaveNoErrors() throws java.io.IOException {
        Path dir = AwsSamplesCorpus.dirOrSkip("AwsSamplesCorpusTest");
        List<Path> templates = AwsSamplesCorpus.templates(dir);
        assertThat(templates).as("templates in " + dir).hasSizeGreaterThan(50);
        Linter linter = new Linter(Rules.all(), Set.of(), new LintServices());
        List<Finding> findings = linter.lintAll(templates);
        Map<String, Long> perRule = new TreeMap<>(findings.stream().collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
        System.out.println("aws-samples corpus: " + templates.size() + " templates, findings per rule: " + perRule);
        KnownDefects known = KnownDefects.of(dir);
        assertThat(known.unexpectedErrors(findings)).as("errors on templates that deploy (false positives)").isEmpty();
        assertThat(known.notFound(findings)).as("known defects no longer reported (update corpus/aws-samples-known-defects.txt)").isEmpty();
    }
}
