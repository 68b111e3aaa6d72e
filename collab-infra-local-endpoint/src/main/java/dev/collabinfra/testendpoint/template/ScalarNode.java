package dev.collabinfra.testendpoint.template;

/**
 * A scalar, as the string CloudFormation sees: YAML 1.1 booleans are {@code true}/{@code false},
 * integers (octal, hex, underscores) their decimal value, null the empty string.
 *
 * @param value that string
 */
public record ScalarNode(String value) implements Node {

    @Override
    public String toString() {
        return value;
    }
}
