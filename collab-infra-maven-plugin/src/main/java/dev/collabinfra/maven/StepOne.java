package dev.collabinfra.maven;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.template.ParseIssue;
import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.Severity;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Step 1 of a deploy: validate (errors stop it), render and upload. Until the bundle step is
 * available here the main template must be self-contained and is sent as the body.
 */
final class StepOne {

    private StepOne() {}

    static RenderedTemplates validateAndUpload(AbstractStackMojo mojo, StackTarget target, AwsClients clients) {
        Path main = mojo.mainTemplate.toPath();
        if (!Files.isRegularFile(main)) {
            throw new UserException("No main template at " + main + ". Fix: create it or point -Dcollab-infra.mainTemplate at it.");
        }
        try {
            ParseResult parsed = new TemplateParser().parse(main);
            for (ParseIssue issue : parsed.issues()) {
                if (issue.severity() == Severity.ERROR) {
                    throw new UserException(main + ":" + issue.position() + " " + issue.message());
                }
            }
            return RenderedTemplates.single(Files.readString(main));
        } catch (IOException e) {
            throw new UserException("Cannot read " + main + ": " + e.getMessage(), e);
        }
    }
}
