package dev.collabinfra.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 13 item 13: the linear Sub scanners find exactly what the quadratic pattern found. */
class SubVariableScanTest {

    private static final Pattern OLD = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private static List<String> withPattern(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = OLD.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void sameVariablesAsThePatternOnRandomStrings() {
        Random random = new Random(13);
        String alphabet = "${}!a.\n ";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(References.subVariableNames(s)).as("References on %s", s).isEqualTo(withPattern(s));
            assertThat(NoEchoOutputRule.subVariableNames(s)).as("NoEchoOutputRule on %s", s).isEqualTo(withPattern(s));
        }
    }

    @Test
    void knownShapes() {
        assertThat(References.subVariableNames("${!Literal} ${A.B} ${!x ${C} ${} ${D")).containsExactly("A.B", "C");
    }
}
