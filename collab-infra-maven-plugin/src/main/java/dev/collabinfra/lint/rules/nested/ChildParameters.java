package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading a template's parameter declarations: their Type, AllowedValues, Default and where they are. */
final class ChildParameters {

    private ChildParameters() {}

    /** Where the Parameters section starts (its key), or the top of the file. */
    static Position sectionPosition(Template template) {
        return template.root().entry("Parameters").map(MapNode.Entry::keyPosition).orElse(Position.START);
    }

    /** "VpcCidr, SubnetCount" or "none" for messages. */
    static String names(Template template) {
        return template.parameters().isEmpty() ? "none" : String.join(", ", template.parameters().keys());
    }

    static String type(MapNode declaration) {
        return declaration.getString("Type").orElse("String");
    }

    /** True for parameter types whose value is a list: CloudFormation passes those as lists, not strings. */
    static boolean isListType(String type) {
        return type.startsWith("List<") || type.equals("CommaDelimitedList")
                || type.startsWith("AWS::SSM::Parameter::Value<List<") || type.equals("AWS::SSM::Parameter::Value<CommaDelimitedList>");
    }

    /** The AllowedValues as CloudFormation sees them, when the declaration has a literal list. */
    static Optional<List<String>> allowedValues(MapNode declaration) {
        Optional<Node> node = declaration.get("AllowedValues");
        if (node.isEmpty() || !(node.get() instanceof ListNode list)) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof ScalarNode scalar)) {
                return Optional.empty();
            }
            values.add(scalar.value());
        }
        return Optional.of(values);
    }
}
