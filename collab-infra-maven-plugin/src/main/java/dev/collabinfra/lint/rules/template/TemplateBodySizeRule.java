package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.TemplateParser;
import java.nio.charset.StandardCharsets;

/**
 * W1002: a template over 51,200 bytes cannot be sent inline as {@code TemplateBody}; it has to be
 * uploaded to S3 and passed as {@code TemplateURL}. A warning, not an error: the plugin's upload
 * and deploy goals do exactly that, but a plain {@code aws cloudformation deploy} without
 * {@code --s3-bucket} fails. cfn-lint checks only the 1 MB limit (E1002); W1002 sits next to it.
 */
public final class TemplateBodySizeRule implements Rule {

    /** Largest TemplateBody the CreateStack/UpdateStack/ValidateTemplate APIs accept. */
    public static final int MAX_BODY_BYTES = 51_200;

    @Override
    public String id() {
        return "W1002";
    }

    @Override
    public String description() {
        return "Template body over 51,200 bytes must be deployed from S3 (TemplateURL)";
    }

    @Override
    public void check(LintContext ctx) {
        int bytes = ctx.template().text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BODY_BYTES && TemplateParser.sizeIssue(bytes).isEmpty()) { // over 1 MB is E1002 alone
            ctx.report(Position.START, "Template is " + bytes + " bytes, over the " + MAX_BODY_BYTES
                    + "-byte limit for an inline TemplateBody: it must be uploaded to S3 and deployed by TemplateURL"
                    + " (the collab-infra upload and deploy goals do this; 'aws cloudformation deploy' needs --s3-bucket)");
        }
    }
}
