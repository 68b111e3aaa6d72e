package dev.collabinfra.bench;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Linter;
import dev.collabinfra.lint.Rules;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Lints the files named on the command line, as validate does, and prints one line per finding
 * ({@code F<TAB>file<TAB>line<TAB>id<TAB>severity<TAB>message<TAB>column}) for {@code bench/parity.py}; then
 * the warm time per template in this one process ({@code T<TAB>ms}), the median of ten rounds
 * over all files after three warm-up rounds (not with {@code --no-time}).
 */
public final class ParityProbe {

    private ParityProbe() {}

    public static void main(String[] args) {
        boolean time = !java.util.Arrays.asList(args).contains("--no-time");
        List<Path> files = java.util.Arrays.stream(args).filter(a -> !a.equals("--no-time")).map(Path::of).toList();
        LintServices services = new LintServices();
        for (Path file : files) {
            for (Finding f : new Linter(Rules.all(), Set.of(), services).lint(file)) {
                System.out.println("F\t" + f.file() + "\t" + f.position().line() + "\t" + f.ruleId() + "\t" + f.severity()
                        + "\t" + f.message().replace('\t', ' ').replace('\n', ' ') + "\t" + f.position().column());
            }
        }
        if (!time) {
            return;
        }
        double[] rounds = new double[10];
        for (int round = -3; round < rounds.length; round++) {
            long start = System.nanoTime();
            for (Path file : files) {
                // fresh services per template (its own parse), schemas shared as in one build
                new Linter(Rules.all(), Set.of(), new PreloadedServices(services.specification(), services.registrySchemas())).lint(file);
            }
            if (round >= 0) {
                rounds[round] = (System.nanoTime() - start) / 1e6 / files.size();
            }
        }
        java.util.Arrays.sort(rounds);
        System.out.println("T\t" + rounds[rounds.length / 2]);
    }
}
