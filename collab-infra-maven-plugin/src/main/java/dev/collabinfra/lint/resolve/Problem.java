package dev.collabinfra.lint.resolve;

import dev.collabinfra.template.Node;
import java.util.List;

/**
 * An intrinsic function CloudFormation would fail to evaluate with this environment's values: an
 * {@code Fn::Select} index past the end of the list, a missing {@code Fn::FindInMap} key, an
 * {@code Fn::Cidr} that does not fit its block.
 *
 * @param stack the stack whose template holds the function
 * @param node the function call
 * @param message what fails, without the environment (the finding adds it)
 * @param feeds the inputs that made it fail
 */
public record Problem(ResolvedStack stack, Node node, String message, List<Feed> feeds) {

    public Problem {
        feeds = List.copyOf(feeds);
    }
}
