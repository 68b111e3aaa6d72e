package dev.collabinfra.lint;

import dev.collabinfra.template.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The real defects of the aws-samples corpus ({@code corpus/aws-samples-known-defects.txt}): errors
 * cfn-lint reports on the same lines (deprecated Lambda runtimes, {@code aws/sns} without
 * {@code alias/}, {@code 192.168.1.0/0}, a shut-down service). The corpus tests accept exactly these.
 */
final class KnownDefects {

    private final Path corpus;
    private final List<String[]> entries;

    private KnownDefects(Path corpus, List<String[]> entries) {
        this.corpus = corpus.toAbsolutePath().normalize();
        this.entries = entries;
    }

    static KnownDefects of(Path corpus) throws IOException {
        return new KnownDefects(corpus, Files.readAllLines(Path.of("src/test/resources/corpus/aws-samples-known-defects.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.trim().split(" ", 2)).collect(Collectors.toList()));
    }

    private boolean matches(Finding f, String[] entry) {
        String at = corpus.relativize(f.file().toAbsolutePath().normalize()).toString().replace('\\', '/') + ":" + f.position().line();
        return at.equals(entry[0]) && f.ruleId().matches(entry[1]);
    }

    /** Errors that are not known defects: each one is a false positive. */
    List<String> unexpectedErrors(Collection<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> entries.stream().noneMatch(k -> matches(f, k))).map(f -> f.format(corpus)).collect(Collectors.toList());
    }

    /** Known defects no error reports any more (a rule regressed, or the sample was fixed). */
    List<String> notFound(Collection<Finding> findings) {
        return entries.stream().filter(k -> findings.stream().noneMatch(f -> f.severity() == Severity.ERROR && matches(f, k)))
                .map(k -> String.join(" ", k)).collect(Collectors.toList());
    }
}
