package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.TemplateParser;
import java.nio.charset.StandardCharsets;

/**
 * E1002: the template is at most {@link TemplateParser#MAX_TEMPLATE_BYTES} bytes, the largest
 * body CloudFormation accepts even from S3. The parser already refuses bigger files it reads
 * itself; this rule covers templates handed over as text (and keeps the id in one place).
 */
public final class TemplateSizeLimitRule implements Rule {

    @Override
    public String id() {
        return "E1002";
    }

    @Override
    public String description() {
        return "Template body is at most 1,000,000 bytes (CloudFormation's limit for a template in S3)";
    }

    @Override
    public void check(LintContext ctx) {
        int bytes = ctx.template().text().getBytes(StandardCharsets.UTF_8).length;
        TemplateParser.sizeIssue(bytes).ifPresent(issue -> ctx.report(issue.position(), issue.message()));
    }
}
