package dev.collabinfra.lint.rules.environment;

import java.util.Optional;

/**
 * A constraint on one resource property's value: an enum, a pattern, a length or a range.
 * {@link #validate} says what is wrong in words a user can act on, or nothing when the value is fine.
 */
@FunctionalInterface
public interface PropertyConstraint {

    /**
     * What is wrong with {@code value}, as the end of a sentence ("a bucket name has 3 to 63
     * characters, this one has 70"), or empty when CloudFormation and the service accept it.
     */
    Optional<String> validate(String value);
}
