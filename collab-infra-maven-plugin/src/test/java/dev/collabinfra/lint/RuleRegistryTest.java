package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the registry that STYLE.md asks for: one class per rule id, every rule class named
 * {@code ...Rule} in a family package {@code lint/rules/<family>/}, nothing left in the flat folder.
 */
class RuleRegistryTest {

    private static final Path RULES_SOURCES = Path.of("src/main/java/dev/collabinfra/lint/rules");

    @Test
    void oneClassPerId() {
        Map<String, List<String>> classesById = new TreeMap<>();
        for (Rule rule : Rules.all()) {
            classesById.computeIfAbsent(rule.id(), k -> new ArrayList<>()).add(rule.getClass().getSimpleName());
        }
        assertThat(classesById).as("rule ids with more than one class").allSatisfy((id, classes) -> assertThat(classes).hasSize(1));
    }

    @Test
    void everyRuleIsARuleClassOfAFamilyPackage() {
        for (Rule rule : Rules.all()) {
            assertThat(rule.getClass().getSimpleName()).as("class of %s", rule.id()).endsWith("Rule");
            assertThat(rule.getClass().getPackageName()).as("package of %s", rule.getClass().getSimpleName())
                    .matches("dev\\.collabinfra\\.lint\\.rules\\.[a-z]+").isNotEqualTo("dev.collabinfra.lint.rules.support");
        }
    }

    @Test
    void theRulesFolderHoldsOnlyFamilies() throws IOException {
        try (Stream<Path> entries = Files.list(RULES_SOURCES)) {
            assertThat(entries.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString))
                    .as("files directly in lint/rules (each belongs in a family folder)").isEmpty();
        }
    }
}
