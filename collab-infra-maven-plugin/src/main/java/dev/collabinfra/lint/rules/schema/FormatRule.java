package dev.collabinfra.lint.rules.schema;

/**
 * E1150-E1164: a literal value where the schema names an AWS id or ARN {@code format}
 * ({@code AWS::EC2::VPC.Id}, {@code AWS::IAM::Role.Arn}, ...) does not have that shape. One
 * instance per cfn-lint id (one id per format); the patterns come with the schemas.
 */
public final class FormatRule extends SchemaRule {

    private final String id;
    private final String format;

    FormatRule(String id, String format) {
        this.id = id;
        this.format = format;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "Literal values have the " + format + " format";
    }
}
