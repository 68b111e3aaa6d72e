package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.collabinfra.core.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 items 9-16: small files (each under 1 MB) that crashed validate, exhausted its memory
 * or ran for minutes. Each is checked with every rule; the preemptive timeouts are generous guards
 * against a hang on a shared machine (today's code runs minutes or dies), not speed targets.
 */
class HostileInputsTest {

    /** Far above what each input takes now (well under a second), far below what it took before. */
    private static final Duration GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private List<Finding> lint(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        assertThat(Files.size(file)).isLessThan(1_000_000);
        return assertTimeoutPreemptively(GUARD, () -> new Linter(Rules.all(), Set.of(), new LintServices()).lint(file));
    }

    private static List<String> crashes(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals(Linter.RULE_FAILED)).map(Finding::message).toList();
    }

    private static List<Finding> of(List<Finding> findings, String id) {
        return findings.stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    // item 9
    @Test
    void aTenThousandResourceDependsOnChainIsSearchedWithoutRecursion() throws IOException {
        StringBuilder yaml = new StringBuilder("Resources:\n");
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            yaml.append("  R").append(i).append(":\n    Type: AWS::SNS::Topic\n    DependsOn: R").append((i + 1) % n).append('\n');
        }
        List<Finding> findings = lint("chain.yaml", yaml.toString());

        assertThat(crashes(findings)).isEmpty();
        // every member of the ring is reported (as cfn-lint does), each with the ring through it
        assertThat(of(findings, "E3004")).hasSize(n);
        assertThat(of(findings, "E3004")).last().satisfies(f -> assertThat(f.message())
                .startsWith("Circular dependency: R9999 -> R0 (DependsOn at line 30001) -> R1 (DependsOn at line 4)")
                .endsWith("-> R9999 (DependsOn at line 29998); CloudFormation cannot order these resources: remove one link"
                        + " (e.g. a DependsOn, or move a rule/attachment into its own resource)").hasSizeLessThan(2000));
        assertThat(of(findings, "E3004")).first().satisfies(f -> assertThat(f.message())
                .startsWith("Circular dependency: R0 -> R1 (DependsOn at line 4) -> R2").contains("more)").endsWith(
                        "-> R0 (DependsOn at line 30001); CloudFormation cannot order these resources: remove one link (e.g. a"
                        + " DependsOn, or move a rule/attachment into its own resource)").hasSizeLessThan(2000));
    }

    @Test
    void aTenThousandConditionChainIsSearchedWithoutRecursion() throws IOException {
        StringBuilder yaml = new StringBuilder("Parameters:\n  P:\n    Type: String\nConditions:\n");
        int n = 10_000;
        yaml.append("  C0: !Equals [!Ref P, x]\n");
        for (int i = 1; i < n; i++) {
            yaml.append("  C").append(i).append(": !Not [{Condition: C").append(i - 1).append("}]\n");
        }
        yaml.append("  Loop1: !Not [{Condition: Loop").append(n - 1).append("}]\n");
        for (int i = 2; i < n; i++) {
            yaml.append("  Loop").append(i).append(": !Not [{Condition: Loop").append(i - 1).append("}]\n");
        }
        yaml.append("Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Condition: C").append(n - 1).append('\n');
        List<Finding> findings = lint("conditions.yaml", yaml.toString());

        assertThat(crashes(findings)).isEmpty();
        assertThat(of(findings, "E8001")).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("Conditions refer to each other in a circle: Loop1 -> Loop9999 -> Loop9998").contains("more)")
                .contains("Loop2 -> Loop1;").hasSizeLessThan(2000));
    }

    @Test
    void aRuleThatOverflowsTheStackCostsOnlyItsOwnFinding() throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
        Rule deep = new TestRule("E9990", ctx -> recurse(0));
        Rule fine = new TestRule("W9991", ctx -> ctx.report(ctx.template().resources(), "still reported"));

        List<Finding> findings = new Linter(List.of(deep, fine), Set.of(), new LintServices()).lint(file);

        assertThat(findings).extracting(Finding::ruleId).containsExactly("E0002", "W9991");
        assertThat(findings.get(0).message()).contains("Rule E9990 stopped").contains("StackOverflowError");
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    // item 10
    @Test
    void seventeenLevelsOfAndAreCheckedByAMemoizedImplication() throws IOException {
        StringBuilder yaml = new StringBuilder("Parameters:\n  P:\n    Type: String\nConditions:\n");
        int levels = 17;
        for (int level = 0; level < levels; level++) {
            for (int i = 0; i < 4; i++) {
                yaml.append("  L").append(level).append('_').append(i).append(": ");
                if (level == levels - 1) {
                    yaml.append("!Equals [!Ref P, v").append(i).append("]\n");
                } else {
                    yaml.append("!And [");
                    for (int j = 0; j < 4; j++) {
                        yaml.append(j == 0 ? "" : ", ").append("{Condition: L").append(level + 1).append('_').append(j).append('}');
                    }
                    yaml.append("]\n");
                }
            }
        }
        yaml.append("  Other: !Equals [!Ref P, other]\n");
        yaml.append("Resources:\n  Target:\n    Type: AWS::SNS::Topic\n    Condition: Other\n");
        yaml.append("  User:\n    Type: AWS::SNS::Topic\n    Condition: L0_0\n    Properties:\n      TopicName: !GetAtt Target.TopicName\n");
        List<Finding> findings = lint("and.yaml", yaml.toString());

        assertThat(crashes(findings)).isEmpty();
        assertThat(of(findings, "W1001")).singleElement().satisfies(f -> assertThat(f.message()).contains("condition 'Other'"));
    }

    // item 11
    @Test
    void certificateTracingThroughFortyStacksOnSixLevelsIsMemoized() throws IOException {
        for (int level = 0; level < 6; level++) {
            StringBuilder yaml = new StringBuilder("Parameters:\n  CertArn:\n    Type: String\n");
            if (level == 0) {
                yaml.append("    Default: arn:aws:acm:eu-west-1:123456789012:certificate/abc\n");
            }
            yaml.append("Resources:\n");
            if (level == 5) {
                yaml.append("  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n")
                        .append("        Enabled: true\n        ViewerCertificate:\n          AcmCertificateArn: !Ref CertArn\n")
                        .append("          SslSupportMethod: sni-only\n");
            } else {
                for (int i = 0; i < 40; i++) {
                    yaml.append("  S").append(i).append(":\n    Type: AWS::CloudFormation::Stack\n    Properties:\n")
                            .append("      TemplateURL: t").append(level + 1).append(".yaml\n")
                            .append("      Parameters:\n        CertArn: !Ref CertArn\n");
                }
            }
            Files.writeString(dir.resolve("t" + level + ".yaml"), yaml.toString());
        }
        Path top = dir.resolve("t0.yaml");
        List<Finding> findings = assertTimeoutPreemptively(GUARD,
                () -> new Linter(Rules.all(), Set.of(), new LintServices()).lint(top));

        assertThat(crashes(findings)).isEmpty();
        assertThat(of(findings, "E9111")).singleElement().satisfies(f -> assertThat(f.message())
                .contains("the Default of parameter 'CertArn'").contains("which is in eu-west-1"));
    }

    // item 12
    @Test
    void didYouMeanIsNotComputedForGiantNames() throws IOException {
        String name = "R".repeat(50_000);
        String type = "AWS::SNS::" + "Topic".repeat(40_000);
        List<Finding> findings = lint("names.yaml", "Resources:\n  T:\n    Type: " + type + "\n  U:\n    Type: AWS::SNS::Topic\n"
                + "    Properties:\n      TopicName: !Ref " + name + "\n");

        assertThat(crashes(findings)).isEmpty();
        assertThat(findings).extracting(Finding::message).anyMatch(m -> m.contains(name.substring(0, 100)))
                .noneMatch(m -> m.contains("did you mean"));
    }

    // item 13
    @Test
    void eightyThousandUnclosedSubVariablesAreScannedInLinearTime() throws IOException {
        String sub = "${".repeat(80_000);
        List<Finding> findings = lint("sub.yaml", "Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n"
                + "      TopicName: !Sub '" + sub + "'\nOutputs:\n  O:\n    Value: !Sub '" + sub + "'\n");

        assertThat(crashes(findings)).isEmpty();
    }

    // item 14
    @Test
    void aBacktrackingAllowedPatternIsReportedAsUncheckedNotRunForMinutes() throws IOException {
        List<Finding> findings = lint("pattern.yaml", "Parameters:\n  P:\n    Type: String\n    AllowedPattern: '(.*a){12}'\n"
                + "    Default: '" + "a".repeat(60) + "b'\nResources:\n  T:\n    Type: AWS::SNS::Topic\n"
                + "    Properties:\n      TopicName: !Ref P\n");

        assertThat(crashes(findings)).isEmpty();
        assertThat(of(findings, "E2015")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(dev.collabinfra.template.Severity.WARNING);
            assertThat(f.message()).contains("could not be checked against its AllowedPattern '(.*a){12}'");
        });
    }

    // item 15
    @Test
    void aTemplateLinkedToDevZeroIsReadBoundedAndReported() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        List<Finding> findings = assertTimeoutPreemptively(GUARD, () -> new Linter(Rules.all(), Set.of(), new LintServices()).lint(link));

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("not a regular file"));
    }

    @Test
    void aFifoNamedLikeATemplateNeverBlocks() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "needs mkfifo");
        Files.writeString(dir.resolve("ok.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
        ValidationRequest request = new ValidationRequest(dir, dir, false, Set.of(), FailOn.ERROR, dir.resolve("reports"), "test");

        ValidationResult result = assertTimeoutPreemptively(GUARD, () -> new Validator(ProgressListener.silent()).validate(request));

        assertThat(result.findings()).filteredOn(f -> f.file().equals(fifo)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("not a regular file (a device, FIFO or socket)"));
        assertThat(result.reports()).allMatch(Files::isRegularFile);
    }

    // item 16
    @Test
    void aNulInATemplateUrlIsOneFindingNotTenCrashes() throws IOException {
        List<Finding> findings = lint("nul.yaml", "Resources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n"
                + "      TemplateURL: \"child\\0.yaml\"\n");

        assertThat(crashes(findings)).isEmpty();
        assertThat(of(findings, "E3909")).singleElement().satisfies(f -> assertThat(f.message()).contains("control character (U+0000)"));
    }

    /** A rule made of a lambda, for the linter's own behaviour. */
    record TestRule(String id, java.util.function.Consumer<LintContext> body) implements Rule {
        @Override
        public String description() {
            return "test rule " + id;
        }

        @Override
        public void check(LintContext ctx) {
            body.accept(ctx);
        }
    }

    static Supplier<LintServices> services() {
        return LintServices::new;
    }

    static List<String> lines(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.position() + " " + f.ruleId()));
        return out;
    }
}
