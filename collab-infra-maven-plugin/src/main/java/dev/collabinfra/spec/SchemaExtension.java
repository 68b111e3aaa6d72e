package dev.collabinfra.spec;

import java.util.List;
import java.util.Map;

/**
 * A stricter check cfn-lint adds beside a registry schema, kept with cfn-lint's rule id: the
 * schema applies to the value at {@code path} under a resource's Properties.
 *
 * @param ruleId cfn-lint's id for the check ({@code E3045})
 * @param resourceType the resource type it applies to
 * @param path property names from Properties down to the value; {@code *} is every list item;
 *     empty for Properties itself
 * @param description what the check wants, in cfn-lint's words
 * @param schema the JSON Schema the value must satisfy
 */
public record SchemaExtension(String ruleId, String resourceType, List<String> path, String description, Map<String, Object> schema) {

    public SchemaExtension {
        path = List.copyOf(path);
    }
}
