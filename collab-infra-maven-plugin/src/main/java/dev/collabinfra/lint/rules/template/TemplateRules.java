package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Template-wide rules: sections, size, description, and the per-section count limits and name rules (E1001-E1004, W1002, E2003/E2010/E2011, E3007/E3010/E3011, E6004/E6010/E6011, E7002/E7010, E4002). */
public final class TemplateRules {

    private TemplateRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new TemplateSectionsRule(),
                new TemplateSizeLimitRule(),
                new TemplateBodySizeRule(),
                new DescriptionLengthRule(),
                new DescriptionTypeRule(),
                new ResourceLimitRule(),
                new ParameterLimitRule(),
                new OutputLimitRule(),
                new MappingLimitRule(),
                new ResourceNameLengthRule(),
                new ParameterNameRule(),
                new ParameterNameLengthRule(),
                new OutputNameRule(),
                new OutputNameLengthRule(),
                new MappingNameLengthRule(),
                new UniqueNamesRule(),
                new MetadataConfigurationRule());
    }
}
