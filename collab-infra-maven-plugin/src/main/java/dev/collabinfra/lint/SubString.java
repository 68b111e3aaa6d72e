package dev.collabinfra.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ${...}} variables of an {@code Fn::Sub} string: the one scan of a Sub string that the
 * Sub rules, {@link References} and the NoEcho rule share. {@code ${!Literal}} is CloudFormation's
 * escape for a literal {@code ${Literal}} and is not a variable; an unclosed {@code ${} is plain
 * text. One pass over the string: each {@code indexOf} starts where the previous one ended.
 */
public final class SubString {

    /**
     * One variable.
     *
     * @param name what is between the braces, as written ({@code Bucket.Arn}, {@code AWS::Region})
     * @param offset index of the {@code $} in the string
     */
    public record Variable(String name, int offset) {

        /** The text as written, {@code ${name}}. */
        public String token() {
            return "${" + name + "}";
        }

        /**
         * What the variable refers to: the name without the spaces CloudFormation ignores inside
         * the braces ({@code ${ Package}} refers to {@code Package}).
         */
        public String reference() {
            return name.strip();
        }

        /** The part before the first dot: the resource of {@code Res.Attr}, or the whole name. */
        public String target() {
            String ref = reference();
            int dot = ref.indexOf('.');
            return dot < 0 ? ref : ref.substring(0, dot);
        }

        /** The attribute of {@code Res.Attr}, or null. */
        public String attribute() {
            String ref = reference();
            int dot = ref.indexOf('.');
            return dot < 0 ? null : ref.substring(dot + 1);
        }
    }

    private SubString() {}

    /** The variables of {@code text} in order of appearance. */
    public static List<Variable> variables(String text) {
        List<Variable> variables = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = text.indexOf("${", from);
            if (start < 0) {
                break;
            }
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                break;
            }
            if (text.startsWith("!", start + 2)) {
                from = start + 3; // ${! writes a literal ${; what follows is read on
                continue;
            }
            variables.add(new Variable(text.substring(start + 2, end), start));
            from = end + 1;
        }
        return variables;
    }
}
