package dev.collabinfra.lint.rules.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Linter;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.Rules;
import dev.collabinfra.template.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The service rules against cfn-lint 1.51.0 on the service rules' fixture templates (fail and pass
 * of each id): every error cfn-lint reports there must be matched by an error of this linter in
 * the same file within one line. Prints the share and each miss; where cfn-lint is not installed
 * it says so and is skipped (it never passes by skipping a comparison it could make).
 */
class ServiceRulesParityTest {

    private static final Pattern PARSEABLE = Pattern.compile("^(.+?):(\\d+):(\\d+):(\\d+):(\\d+):([EWI]\\d{4}):(.*)$");

    @Test
    void findsEveryErrorCfnLintFindsOnTheServiceFixtures() throws Exception {
        Path out = Files.createTempFile("cfn-lint", ".txt");
        List<Path> files = new ArrayList<>();
        for (Rule rule : ServiceRules.all()) {
            for (String name : List.of("fail.yaml", "pass.yaml")) {
                Path f = Path.of("src/test/resources/lint", rule.id(), name).toAbsolutePath();
                if (Files.isRegularFile(f) && !files.contains(f)) {
                    files.add(f);
                }
            }
        }
        List<String> command = new ArrayList<>(List.of("cfn-lint", "-f", "parseable"));
        files.forEach(f -> command.add(f.toString()));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        } catch (IOException e) {
            System.out.println("SKIPPED ServiceRulesParityTest: cfn-lint is not installed (" + e.getMessage() + ")");
            assumeTrue(false, "cfn-lint is not installed");
            return;
        }
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("cfn-lint finished within 300 s").isTrue();
        List<String[]> cfnErrors = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            Matcher m = PARSEABLE.matcher(line);
            if (m.matches() && m.group(6).startsWith("E")) {
                cfnErrors.add(new String[] {m.group(1), m.group(2), m.group(6), m.group(7)});
            }
        }
        Files.deleteIfExists(out);
        assertThat(cfnErrors).as("cfn-lint errors on the fixtures (is cfn-lint working?)").hasSizeGreaterThan(50);

        List<Finding> ours = new Linter(Rules.all(), Set.of(), new LintServices()).lintAll(files);
        List<String> missed = new ArrayList<>();
        for (String[] e : cfnErrors) {
            int line = Integer.parseInt(e[1]);
            boolean found = ours.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.file().toAbsolutePath().toString().equals(e[0])
                    && Math.abs(f.position().line() - line) <= 1);
            if (!found) {
                missed.add(Path.of(e[0]).getParent().getFileName() + "/" + Path.of(e[0]).getFileName() + ":" + line + " " + e[2] + " " + e[3]);
            }
        }
        int found = cfnErrors.size() - missed.size();
        System.out.printf("ServiceRulesParityTest: %d templates, cfn-lint 1.51.0 errors %d, found within one line %d (%.1f %%)%n",
                files.size(), cfnErrors.size(), found, 100.0 * found / cfnErrors.size());
        missed.forEach(m -> System.out.println("  missed: " + m));
        assertThat((double) found / cfnErrors.size()).as("share of cfn-lint's errors found; missed: %s", missed).isGreaterThanOrEqualTo(0.9);
    }
}
