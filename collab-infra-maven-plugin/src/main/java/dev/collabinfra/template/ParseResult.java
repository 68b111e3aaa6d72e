package dev.collabinfra.template;

import java.util.List;
import java.util.Optional;

/**
 * What parsing a file gave: the template when the file could be read into one, and the issues
 * found on the way. A template may come with issues (a duplicate key, an unquoted {@code yes}).
 */
public record ParseResult(Template template, List<ParseIssue> issues) {

    public ParseResult {
        issues = List.copyOf(issues);
    }

    public Optional<Template> templateIfParsed() {
        return Optional.ofNullable(template);
    }
}
