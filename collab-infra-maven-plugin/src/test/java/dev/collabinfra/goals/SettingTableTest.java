package dev.collabinfra.goals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.environment.Environment;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.environment.Setting;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one table of environment settings ({@link Setting}) against everything that names them: the
 * loader's keys, the command line's properties, the {@code -D} constants the Mojos use, and the
 * tables of docs/environments.md and the README.
 */
class SettingTableTest {

    static final Path ROOT = Path.of("..");
    static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| (.+?) \\| (.+) \\|$");

    @Test
    void theLoaderAndTheCommandLineTakeTheirNamesFromTheTable() {
        assertThat(Environment.KEYS).containsExactly("stackName", "region", "parameters", "tags", "capabilities", "bucket", "prefix",
                "roleArn", "notificationArns", "terminationProtection", "rollbackTriggers", "rollbackMonitoringMinutes");
        assertThat(EnvironmentOverrides.SETTINGS).containsExactlyInAnyOrder("stackName", "region", "bucket", "prefix", "createBucket",
                "endpoint", "profile", "roleArn");
    }

    @Test
    void everyCommandLineSettingHasItsPropertyConstant() throws IllegalAccessException {
        Set<String> constants = new LinkedHashSet<>();
        for (Field field : PropertyNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        for (Setting setting : Setting.at(Setting.Level.COMMAND_LINE)) {
            assertThat(constants).as(setting.key()).contains(setting.property());
        }
    }

    @Test
    void theDocumentationKeyTablesAreTheTable() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Setting setting : Setting.at(Setting.Level.FILE)) {
            expected.add(setting.key() + " | " + setting.type() + " | " + setting.documentation());
        }
        assertThat(keyRows(ROOT.resolve("docs/environments.md"), "## Keys")).containsExactlyElementsOf(expected);
        assertThat(keyRows(ROOT.resolve("README.md"), "## Environments")).containsExactlyElementsOf(expected);
    }

    @Test
    void thePrecedenceTableListsTheCommandLineSettings() throws IOException {
        String line = Files.readAllLines(ROOT.resolve("docs/environments.md")).stream().filter(l -> l.startsWith("| Command line |"))
                .findFirst().orElseThrow();
        List<String> listed = new ArrayList<>();
        Matcher names = Pattern.compile("`\\.?(?:-Dcollab-infra\\.)?(\\w+)(?:\\.<\\w+>)?`").matcher(line);
        while (names.find()) {
            listed.add(names.group(1));
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(Setting.at(Setting.Level.COMMAND_LINE).stream().map(Setting::key).toList());
    }

    /** The rows of the first key table after a heading: "key | type | meaning". */
    private static List<String> keyRows(Path file, String heading) throws IOException {
        List<String> rows = new ArrayList<>();
        boolean inSection = false;
        boolean inTable = false;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("## ")) {
                inSection = line.equals(heading);
                continue;
            }
            if (inSection && line.startsWith("| Key |")) {
                inTable = true;
                continue;
            }
            if (inTable) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    rows.add(row.group(1) + " | " + row.group(2) + " | " + row.group(3));
                } else if (!line.startsWith("|---")) {
                    break;
                }
            }
        }
        return rows;
    }
}
