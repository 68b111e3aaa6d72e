package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules tables of the README ("## Rules") and of {@code docs/} are checked against the registry
 * ({@link Rules#all()}, {@link RuleCatalog#BUILT_IN}), so a rule added, merged or renamed without its
 * documentation fails the build. {@code RuleFixturesTest} checks that every rule of
 * {@code docs/rules.md} has fixtures.
 */
class RulesTablesTest {

    private static final Path README = Path.of("../README.md");
    private static final Path RULES_MD = Path.of("../docs/rules.md");
    private static final Path SPEC_MD = Path.of("../docs/rules-spec.md");
    private static final Path SECURITY_MD = Path.of("../docs/security-rules.md");
    /** Tables whose ids are reported by the environment check, not by a rule of the registry. */
    private static final String ENVIRONMENT_TABLE = "Environment files";
    private static final String PARSER_TABLE = "While reading a file";

    /** The rows of a markdown table ({@code | E1001 | ... |}), split into trimmed cells. */
    private static List<List<String>> rows(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.matches("\\| [EWI]\\d{4} \\|.*")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
                    cells.add(cell.strip());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The README's "## Rules" section, by "###" subsection heading. */
    private static Map<String, List<String>> readmeRuleSections() throws IOException {
        List<String> lines = Files.readAllLines(README);
        Map<String, List<String>> sections = new LinkedHashMap<>();
        boolean inRules = false;
        String current = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inRules = line.equals("## Rules");
                current = null;
            } else if (inRules && line.startsWith("### ")) {
                current = line.substring(4).strip();
                sections.put(current, new ArrayList<>());
            } else if (inRules && current != null) {
                sections.get(current).add(line);
            }
        }
        assertThat(sections).as("subsections of the README's ## Rules").containsKeys(PARSER_TABLE, ENVIRONMENT_TABLE);
        return sections;
    }

    private static Set<String> ids(List<List<String>> rows) {
        return rows.stream().map(r -> r.get(0)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> registeredIds() {
        return Rules.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theReadmeRulesTableIsTheOneOfDocsRulesMd() throws IOException {
        List<List<String>> docs = rows(Files.readAllLines(RULES_MD));
        List<List<String>> readme = rows(readmeRuleSections().values().stream()
                .filter(lines -> !rows(lines).isEmpty() && rows(lines).get(0).size() == 5).findFirst().orElseThrow());
        assertThat(readme).as("the README's table with a Class column, row by row, against docs/rules.md").isEqualTo(docs);
    }

    @Test
    void everyRowWithAClassNamesTheRegisteredClassItsSeverityAndDescription() throws IOException {
        List<List<String>> docs = rows(Files.readAllLines(RULES_MD));
        assertThat(docs).hasSizeGreaterThan(50);
        Map<String, Rule> byClass = new LinkedHashMap<>();
        for (Rule rule : Rules.all()) {
            byClass.put(rule.getClass().getSimpleName(), rule);
        }
        List<String> wrong = new ArrayList<>();
        for (List<String> row : docs) {
            String className = row.get(3).replace("`", "");
            Rule rule = byClass.get(className);
            if (rule == null) {
                wrong.add(row.get(0) + ": no registered rule class " + className);
                continue;
            }
            if (!rule.id().equals(row.get(0))) {
                wrong.add(row.get(0) + ": " + className + " reports " + rule.id());
            }
            if (!rule.severity().name().toLowerCase(Locale.ROOT).equals(row.get(1))) {
                wrong.add(row.get(0) + ": severity " + row.get(1) + ", the rule's is " + rule.severity());
            }
            if (!rule.description().equals(row.get(2))) {
                wrong.add(row.get(0) + ": description '" + row.get(2) + "', the rule's is '" + rule.description() + "'");
            }
        }
        assertThat(wrong).as("rows of docs/rules.md (and so of the README) that disagree with the registry").isEmpty();
    }

    @Test
    void theReadmeDocumentsEveryRegisteredRuleAndNoOther() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, List<String>> section : readmeRuleSections().entrySet()) {
            if (!section.getKey().equals(PARSER_TABLE) && !section.getKey().equals(ENVIRONMENT_TABLE)) {
                documented.addAll(ids(rows(section.getValue())));
            }
        }
        assertThat(documented).as("ids in the README's rule tables").isEqualTo(registeredIds());
    }

    @Test
    void theParserTableListsTheIdsTheParserAndLinterReport() throws IOException {
        assertThat(ids(rows(readmeRuleSections().get(PARSER_TABLE)))).isEqualTo(new TreeSet<>(RuleCatalog.BUILT_IN.keySet()));
    }

    @Test
    void theDetailedRulePagesNameOnlyRegisteredRules() throws IOException {
        for (Path page : List.of(SPEC_MD, SECURITY_MD)) {
            Set<String> ids = ids(rows(Files.readAllLines(page)));
            assertThat(ids).as("ids in %s", page).isNotEmpty();
            assertThat(registeredIds()).as("registered ids, against %s", page).containsAll(ids);
        }
    }
}
