package dev.collabinfra.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.lint.AwsSamplesCorpus;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Linter;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.Rules;
import dev.collabinfra.template.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The security and certificate rules over the 112 aws-samples templates: no errors (the corpus must
 * validate), and each warning rule stays on the quiet side. The counts are printed for the report.
 */
class SecurityRulesCorpusTest {

    private static final Set<String> OURS = Set.of("E9111", "W9201", "W9202", "W9203", "W9204", "W9205", "W9206",
            "W9207", "W9208", "W9209", "W9210", "W9211", "W9212", "W9213", "W9214", "W9215");

    @Test
    void corpusGivesNoErrorsFromTheseRules() {
        Path corpus = AwsSamplesCorpus.dirOrSkip("SecurityRulesCorpusTest");
        List<Path> files = AwsSamplesCorpus.templates(corpus);
        assertThat(files).hasSizeGreaterThan(100);
        List<Rule> ours = Rules.all().stream().filter(r -> OURS.contains(r.id())).toList();
        assertThat(ours).hasSize(OURS.size());
        List<Finding> findings = new Linter(ours, Set.of(), new LintServices()).lintAll(files).stream()
                .filter(f -> OURS.contains(f.ruleId())).toList();
        Map<String, Long> byRule = new TreeMap<>(findings.stream().collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
        System.out.println("security rules on " + files.size() + " corpus templates: " + byRule);
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }
}
