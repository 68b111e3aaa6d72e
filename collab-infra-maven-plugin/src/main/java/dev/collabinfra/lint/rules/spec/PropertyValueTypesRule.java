package dev.collabinfra.lint.rules.spec;

import dev.collabinfra.lint.PackagedCode;
import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.lint.rules.support.ValueKinds;
import dev.collabinfra.lint.rules.schema.SchemaViolations;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * E3012: a value of the wrong shape (a list where an object is expected, an object where a string
 * is) or a scalar that CloudFormation cannot coerce to the primitive type. CloudFormation's
 * coercions are honoured: {@code "10"} is a fine Integer, {@code 10} a fine String, the strings
 * {@code "true"}/{@code "false"} fine Booleans; dynamic references are left alone.
 */
public final class PropertyValueTypesRule implements Rule {

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DOUBLE = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    @Override
    public String id() {
        return "E3012";
    }

    @Override
    public String description() {
        return "Property values have the shape and primitive type the resource specification declares";
    }

    @Override
    public void check(LintContext ctx) {
        PropertyWalker.walk(ctx, new PropertyWalker.Visitor() {
            @Override
            public void wrongShape(String path, String resourceId, Node value, String expected) {
                if (value instanceof ScalarNode && ctx.template().resourceType(resourceId)
                        .filter(type -> PackagedCode.acceptsLocalPath(type, path)).isPresent()) {
                    return; // a local code path: package/upload turn it into {S3Bucket, S3Key}
                }
                ctx.report(value, "property '" + path + "' of resource '" + resourceId + "' must be " + expected
                        + ", not " + describe(value));
            }

            @Override
            public void primitive(String path, String resourceId, ScalarNode value, String primitiveType) {
                if (!fits(value, primitiveType)) {
                    ctx.report(value, "property '" + path + "' of resource '" + resourceId + "' must be " + article(primitiveType)
                            + " " + primitiveType + ", not '" + value.value() + "'");
                }
            }

            @Override
            public void function(String path, String resourceId, Node call, boolean list) {
                ValueKinds.Kind kind = ValueKinds.of(ctx, call);
                if (list && kind == ValueKinds.Kind.STRING) {
                    ctx.report(call, "property '" + path + "' of resource '" + resourceId + "' must be a list, but "
                            + FunctionRule.what(call) + " returns a single string; write it as a list ([...])");
                } else if (!list && kind == ValueKinds.Kind.LIST) {
                    ctx.report(call, "property '" + path + "' of resource '" + resourceId + "' takes one value, but "
                            + FunctionRule.what(call) + " returns a list; pick an item with Fn::Select or join them with Fn::Join");
                }
            }
        });
        // the registry schemas reach where the legacy specification cannot (list items, newer types)
        SchemaViolations.report(ctx, id());
    }

    /** Whether CloudFormation accepts the scalar for the primitive type. */
    static boolean fits(ScalarNode value, String primitiveType) {
        if (value.kind() == ScalarKind.NULL || value.value().contains("{{resolve:")) {
            return true;
        }
        String text = value.value().trim();
        return switch (primitiveType) {
            case "Integer", "Long" -> INTEGER.matcher(text).matches();
            case "Double" -> DOUBLE.matcher(text).matches();
            case "Boolean" -> text.toLowerCase(Locale.ROOT).equals("true") || text.toLowerCase(Locale.ROOT).equals("false");
            default -> true; // String, Timestamp: any scalar is written out as a string
        };
    }

    private static String describe(Node value) {
        if (value instanceof ListNode) {
            return "a list";
        }
        if (value instanceof MapNode) {
            return "a mapping";
        }
        return "the scalar '" + ((ScalarNode) value).value() + "'";
    }

    private static String article(String word) {
        return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
