package dev.collabinfra.template;

import java.util.Optional;
import java.util.Set;

/** Knowledge of CloudFormation's intrinsic functions shared by the parser and the rules. */
public final class Intrinsics {

    /**
     * Short-form YAML tags and the long-form keys they stand for: the intrinsic functions, the
     * functions of the {@code Rules} section ({@code !ValueOf}, {@code !EachMemberEquals}, ...; AWS
     * samples use them) and those of the {@code AWS::LanguageExtensions} transform.
     */
    public static final Set<String> SHORT_FORM_TAGS = Set.of(
            "Ref", "Sub", "GetAtt", "If", "Equals", "Not", "And", "Or", "Condition", "FindInMap",
            "Join", "Select", "Split", "Base64", "Cidr", "GetAZs", "ImportValue", "Transform",
            "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll",
            "Length", "ToJsonString", "GetStackOutput");

    /** Every long-form function key CloudFormation knows, with Ref and Condition. */
    public static final Set<String> FUNCTION_KEYS = Set.of(
            "Ref", "Condition", "Fn::Sub", "Fn::GetAtt", "Fn::If", "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or",
            "Fn::FindInMap", "Fn::Join", "Fn::Select", "Fn::Split", "Fn::Base64", "Fn::Cidr", "Fn::GetAZs",
            "Fn::ImportValue", "Fn::Transform", "Fn::Length", "Fn::ToJsonString", "Fn::ForEach", "Fn::GetStackOutput");

    private Intrinsics() {}

    /** The long-form key for a short-form tag name: {@code Ref}, {@code Condition} or {@code Fn::Name}. */
    public static String longForm(String tagName) {
        return tagName.equals("Ref") || tagName.equals("Condition") ? tagName : "Fn::" + tagName;
    }

    /**
     * The function a node calls, when it is a one-key mapping whose key is {@code Ref} or starts
     * with {@code Fn::}. A one-key {@code Condition} mapping is only a function inside conditions,
     * so it is not reported here.
     */
    public static Optional<String> functionName(Node node) {
        if (node instanceof MapNode map && map.size() == 1) {
            String key = map.keys().iterator().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** True when the node is a call of an intrinsic function (whose value the linter cannot know). */
    public static boolean isFunction(Node node) {
        return functionName(node).isPresent();
    }

    /** The argument of a function call node. */
    public static Node argument(MapNode call) {
        return call.entries().iterator().next().value();
    }
}
