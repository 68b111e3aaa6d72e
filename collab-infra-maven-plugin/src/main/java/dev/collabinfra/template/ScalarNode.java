package dev.collabinfra.template;

import java.math.BigInteger;

/**
 * A scalar: its source text, what it resolves to, and whether it was written plain (unquoted).
 *
 * @param text the scalar's content as written (without quotes)
 * @param kind what the scalar resolves to
 * @param plain true when written without quotes or block style
 */
public record ScalarNode(String text, ScalarKind kind, boolean plain, Position position, int startIndex, int endIndex)
        implements Node {

    /**
     * The string CloudFormation sees for this value: booleans become {@code true}/{@code false},
     * YAML 1.1 integers (octal, hex, underscores) their decimal value, null the empty string.
     */
    public String value() {
        return switch (kind) {
            case STRING, FLOAT -> text;
            case BOOLEAN -> Boolean.toString(booleanValue());
            case NULL -> "";
            case INTEGER -> integerValue().map(BigInteger::toString).orElse(text);
        };
    }

    /** The boolean this scalar resolves to; false unless it is a YAML 1.1 true value. */
    public boolean booleanValue() {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "y", "on" -> true;
            default -> false;
        };
    }

    /** The integer value of a YAML 1.1 integer (decimal, 0octal, 0x hex, 0b binary, underscores). */
    public java.util.Optional<BigInteger> integerValue() {
        if (kind != ScalarKind.INTEGER) {
            return java.util.Optional.empty();
        }
        String digits = text.replace("_", "");
        boolean negative = digits.startsWith("-");
        if (digits.startsWith("-") || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        try {
            BigInteger parsed;
            if (digits.startsWith("0x")) {
                parsed = new BigInteger(digits.substring(2), 16);
            } else if (digits.startsWith("0b")) {
                parsed = new BigInteger(digits.substring(2), 2);
            } else if (digits.length() > 1 && digits.startsWith("0") && digits.chars().allMatch(Character::isDigit)) {
                parsed = new BigInteger(digits.substring(1), 8);
            } else if (digits.contains(":")) {
                parsed = BigInteger.ZERO;
                for (String part : digits.split(":")) {
                    parsed = parsed.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
                }
            } else {
                parsed = new BigInteger(digits);
            }
            return java.util.Optional.of(negative ? parsed.negate() : parsed);
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
