package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.collabinfra.template.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The aws-samples corpus (real templates AWS publishes, which deploy) must validate with zero
 * errors under every built-in rule: an error there is a false positive to fix in the rule.
 */
class CorpusTest {

    @Test
    void awsSamplesValidateWithoutErrors() throws IOException {
        String dir = System.getProperty("corpus.dir");
        Path corpus = dir == null ? null : Path.of(dir);
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.out.println("SKIPPED CorpusTest: corpus not found at " + dir + " (system property corpus.dir)");
            assumeTrue(false, "corpus absent");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(ya?ml|json|template)$"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertThat(files).hasSizeGreaterThan(100);
        Linter linter = new Linter(Rules.all(), Set.of(), new LintServices());
        List<Finding> findings = linter.lintTree(files);
        List<String> errors = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.format(corpus))
                .collect(Collectors.toList());
        System.out.println("CorpusTest: " + files.size() + " templates, " + findings.size() + " findings, " + errors.size() + " errors");
        System.out.println("  by rule: " + findings.stream().collect(Collectors.groupingBy(Finding::ruleId, java.util.TreeMap::new, Collectors.counting())));
        findings.stream().filter(f -> f.severity() != Severity.ERROR && !f.ruleId().startsWith("W0"))
                .forEach(f -> System.out.println("  " + f.format(corpus)));
        assertThat(errors).isEmpty();
    }
}
