package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Intrinsic function rules (E1005-E1033, W1019, W1020). */
public final class IntrinsicFunctionRules {

    private IntrinsicFunctionRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new TransformFunctionRule(),
                new GetAttRule(),
                new FindInMapRule(),
                new GetAZsRule(),
                new ImportValueRule(),
                new SelectRule(),
                new SplitRule(),
                new SubRule(),
                new SubVariablesUsedRule(),
                new SubUnneededRule(),
                new RefRule(),
                new Base64Rule(),
                new JoinRule(),
                new CidrRule(),
                new IfRule(),
                new SubNeededRule(),
                new LengthRule(),
                new ToJsonStringRule(),
                new GetStackOutputRule(),
                new SecureStringLocationRule());
    }
}
