package dev.collabinfra.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers honest by reading the main sources: only {@code maven} talks to Maven (the
 * {@code goals} layer imports none of it), only {@code aws} to the AWS SDK, no helper takes a Mojo,
 * there is one abstract Mojo, and the template model depends on nothing above it. Cheaper than a
 * module split, and it names the file and line that break the rule.
 */
class ArchitectureTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final String BASE = "dev/collabinfra/";

    static List<Path> files;

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        // the scan itself must see the code, or every rule below would pass vacuously
        assertThat(files).as("main sources under " + SOURCES.toAbsolutePath()).hasSizeGreaterThan(20)
                .contains(SOURCES.resolve(BASE + "maven/ValidateMojo.java"), SOURCES.resolve(BASE + "template/TemplateParser.java"));
    }

    @Test
    void onlyTheMavenPackageUsesMaven() throws IOException {
        assertThat(violations("org.apache.maven.", "maven")).isEmpty();
    }

    @Test
    void onlyTheAwsPackageUsesTheAwsSdk() throws IOException {
        assertThat(violations("software.amazon.awssdk.", "aws")).isEmpty();
    }

    @Test
    void nothingOutsideMavenDependsOnTheMojos() throws IOException {
        assertThat(violations("dev.collabinfra.maven.", "maven")).isEmpty();
    }

    @Test
    void theGoalsLayerImportsNoMaven() throws IOException {
        assertThat(uses("org.apache.maven.", path -> inPackage(path, "goals"))).isEmpty();
        assertThat(uses("dev.collabinfra.maven.", path -> inPackage(path, "goals"))).isEmpty();
        // and there is a goals layer to check: one use case per goal
        assertThat(files).contains(SOURCES.resolve(BASE + "goals/ValidateGoal.java"), SOURCES.resolve(BASE + "goals/PackageGoal.java"),
                SOURCES.resolve(BASE + "goals/UploadGoal.java"), SOURCES.resolve(BASE + "goals/DeployGoal.java"),
                SOURCES.resolve(BASE + "goals/StackGoals.java"));
    }

    @Test
    void noHelperTakesAMojo() throws IOException {
        // No parameter typed as a Mojo anywhere, and no Mojo hands itself to a helper (Environments.resolve(this),
        // StepOne.validateAndUpload(this, ...)): helpers get values and records.
        java.util.regex.Pattern mojoParameter = java.util.regex.Pattern.compile("[(,]\\s*(final\\s+)?(Abstract\\w*Mojo|\\w+Mojo)\\s+\\w+\\s*[,)]");
        java.util.regex.Pattern passesThis = java.util.regex.Pattern.compile("\\w+\\((this|[^()]*,\\s*this)\\s*[,)]");
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean comment = line.strip().startsWith("*") || line.strip().startsWith("//");
                if (!comment && (mojoParameter.matcher(line).find() || inPackage(file, "maven") && passesThis.matcher(line).find())) {
                    found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void atMostOneAbstractMojoAndTheGoalsAreLeaves() throws IOException {
        List<String> abstractMojos = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file);
            if (text.matches("(?s).*public abstract class \\w+ extends AbstractMojo.*") || text.matches("(?s).*abstract class \\w+ extends Abstract\\w+Mojo.*")) {
                abstractMojos.add(file.getFileName().toString());
            }
            if (text.contains("@Mojo(")) {
                assertThat(text).as(file + " extends the one base").contains("extends AbstractCollabInfraMojo");
            }
        }
        assertThat(abstractMojos).containsExactly("AbstractCollabInfraMojo.java");
    }

    @Test
    void theTemplateModelDependsOnNothingAboveIt() throws IOException {
        List<String> found = new ArrayList<>();
        for (String upper : List.of("lint", "spec", "environment", "bundle", "aws", "deploy", "goals", "maven")) {
            found.addAll(uses("dev.collabinfra." + upper + ".", path -> inPackage(path, "template")));
        }
        assertThat(found).isEmpty();
    }

    /** Lines in files outside {@code allowedPackage} that name {@code prefix}: "file:line: text". */
    private static List<String> violations(String prefix, String allowedPackage) throws IOException {
        return uses(prefix, path -> !inPackage(path, allowedPackage));
    }

    private static List<String> uses(String prefix, java.util.function.Predicate<Path> checked) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            if (!checked.test(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                boolean comment = line.startsWith("*") || line.startsWith("//") || line.startsWith("/*");
                if (!comment && line.contains(prefix)) {
                    found.add(file + ":" + (i + 1) + ": " + line);
                }
            }
        }
        return found;
    }

    private static boolean inPackage(Path file, String pkg) {
        return SOURCES.relativize(file).toString().replace('\\', '/').startsWith(BASE + pkg + "/");
    }
}
