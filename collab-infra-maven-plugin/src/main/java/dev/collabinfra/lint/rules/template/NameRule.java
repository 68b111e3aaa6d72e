package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.template.MapNode;
import java.util.regex.Pattern;

/**
 * Names in a section are alphanumeric ({@link #pattern}) or at most 255 characters
 * ({@link #length}). CloudFormation's quota and character set are the same for resources,
 * parameters, outputs and mappings; cfn-lint gives each section its own ids, so do we.
 */
abstract class NameRule implements Rule {

    static final int MAX_LENGTH = 255;
    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");

    private final String id;
    private final String section;
    private final String noun;
    private final boolean checkLength;

    private NameRule(String id, String section, String noun, boolean checkLength) {
        this.id = id;
        this.section = section;
        this.noun = noun;
        this.checkLength = checkLength;
    }

    /** A rule for the character set. */
    static NameRule pattern(String id, String section, String noun) {
        return new NameRule(id, section, noun, false) {};
    }

    /** A rule for the length. */
    static NameRule length(String id, String section, String noun) {
        return new NameRule(id, section, noun, true) {};
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return checkLength ? noun.substring(0, 1).toUpperCase() + noun.substring(1) + " names are at most 255 characters"
                : noun.substring(0, 1).toUpperCase() + noun.substring(1) + " names are alphanumeric (A-Z, a-z, 0-9)";
    }

    @Override
    public void check(LintContext ctx) {
        ctx.template().section(section).ifPresent(map -> {
            for (MapNode.Entry entry : map.entries()) {
                String name = entry.key();
                if (!TemplateFacts.isLogicalId(name)) {
                    continue;
                }
                if (checkLength && name.length() > MAX_LENGTH) {
                    ctx.report(entry.keyPosition(), capital() + " name '" + name.substring(0, 20) + "...' is " + name.length()
                            + " characters, over CloudFormation's limit of " + MAX_LENGTH + "; shorten it");
                } else if (!checkLength && !ALPHANUMERIC.matcher(name).matches()) {
                    String fixed = name.replaceAll("[^A-Za-z0-9]", "");
                    ctx.report(entry.keyPosition(), capital() + " name '" + name + "' must contain only letters and digits"
                            + (fixed.isEmpty() ? "" : "; rename it, e.g. '" + fixed + "'"));
                }
            }
        });
    }

    private String capital() {
        return noun.substring(0, 1).toUpperCase() + noun.substring(1);
    }
}
