package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.template.Severity;
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
 */
class AwsSamplesCorpusTest {

    @Test
    void awsSamplesHaveNoErrors() {
        Path dir = AwsSamplesCorpus.dirOrSkip("AwsSamplesCorpusTest");
        List<Path> templates = AwsSamplesCorpus.templates(dir);
        assertThat(templates).as("templates in " + dir).hasSizeGreaterThan(50);
        Linter linter = new Linter(Rules.all(), Set.of(), new LintServices());
        List<Finding> findings = linter.lintAll(templates);
        Map<String, Long> perRule = new TreeMap<>(findings.stream().collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
        System.out.println("aws-samples corpus: " + templates.size() + " templates, findings per rule: " + perRule);
        Path corpus = dir.toAbsolutePath().normalize();
        List<Finding> allErrors = findings.stream().filter(f -> f.severity() == Severity.ERROR).collect(Collectors.toList());
        List<String> errors = allErrors.stream().filter(f -> !CorpusDefects.KNOWN.contains(CorpusDefects.key(corpus, f)))
                .map(f -> f.format(dir)).collect(Collectors.toList());
        assertThat(errors).as("errors on templates that deploy (false positives)").isEmpty();
        assertThat(allErrors.stream().map(f -> CorpusDefects.key(corpus, f)).collect(Collectors.toSet()))
                .as("the known real defects are found").containsAll(CorpusDefects.KNOWN);
    }
}
