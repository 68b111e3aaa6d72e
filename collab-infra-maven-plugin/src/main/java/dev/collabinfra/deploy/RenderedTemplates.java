package dev.collabinfra.deploy;

import java.util.List;
import java.util.Optional;

/**
 * The templates about to be deployed, as rendered for this environment (nested {@code TemplateURL}s
 * already pointing at S3). The deploy compares the main one with the deployed template and reads
 * {@code UpdateReplacePolicy} from the nested ones.
 */
public interface RenderedTemplates {

    /** The rendered main template's text, exactly as it is sent to CloudFormation. */
    String mainText();

    /** The URL the main template was uploaded to, or null to send it as the body. */
    String mainUrl();

    /**
     * The rendered text of a nested stack's template.
     *
     * @param nestedStackPath logical ids from the main template down to the nested stack resource
     */
    Optional<String> nestedText(List<String> nestedStackPath);

    /** Templates without nested stacks, sent as a body. */
    static RenderedTemplates single(String mainText) {
        return new RenderedTemplates() {
            @Override
            public String mainText() {
                return mainText;
            }

            @Override
            public String mainUrl() {
                return null;
            }

            @Override
            public Optional<String> nestedText(List<String> nestedStackPath) {
                return Optional.empty();
            }
        };
    }
}
