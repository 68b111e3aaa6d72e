package dev.collabinfra.lint.rules.services;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.ScalarNode;
import java.util.List;
import java.util.Optional;

/**
 * E3027: an EventBridge rule's literal ScheduleExpression is one EventBridge accepts (cfn-lint
 * E3027): {@code rate(Value Unit)} with a positive whole Value and a unit in the singular for 1
 * and the plural otherwise, or {@code cron(...)} with six fields of which Day-of-month or
 * Day-of-week is {@code ?}. Each literal branch of an {@code Fn::If} is judged; anything else
 * (a Ref, a Sub) is not.
 */
public final class ScheduleExpressionRule implements Rule {

    private static final List<String> SINGULAR = List.of("minute", "hour", "day");
    private static final List<String> PLURAL = List.of("minutes", "hours", "days");
    private static final String CRON_FIELDS = "Minutes Hours Day-of-month Month Day-of-week Year";

    @Override
    public String id() {
        return "E3027";
    }

    @Override
    public String description() {
        return "EventBridge rule ScheduleExpression is a valid rate() or cron() expression";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::Events::Rule")) {
            for (ScalarNode value : Values.scalars(r.properties(), "ScheduleExpression")) {
                problem(value.value()).ifPresent(p -> ctx.report(value,
                        "ScheduleExpression '" + value.value() + "' of '" + r.logicalId() + "' " + p));
            }
        }
    }

    /** What is wrong with the expression, or empty when EventBridge accepts it. */
    static Optional<String> problem(String expression) {
        if (expression.startsWith("rate(") && expression.endsWith(")")) {
            return rate(expression.substring(5, expression.length() - 1));
        }
        if (expression.startsWith("cron(") && expression.endsWith(")")) {
            return cron(expression.substring(5, expression.length() - 1));
        }
        return Optional.of("is neither rate(...) nor cron(...); write e.g. rate(5 minutes) or cron(0 12 * * ? *)");
    }

    private static Optional<String> rate(String body) {
        String[] parts = body.split(" ", -1);
        if (body.isEmpty() || parts.length != 2) {
            return Optional.of("must be rate(Value Unit) with one space between, e.g. rate(5 minutes) or rate(1 hour)");
        }
        if (!parts[0].matches("[0-9]{1,9}")) {
            return Optional.of("has rate Value '" + parts[0] + "'; it must be a whole number, e.g. rate(5 minutes)");
        }
        long value = Long.parseLong(parts[0]);
        if (value <= 0) {
            return Optional.of("has rate Value " + value + "; it must be 1 or more");
        }
        List<String> units = value == 1 ? SINGULAR : PLURAL;
        if (!units.contains(parts[1])) {
            return Optional.of("has unit '" + parts[1] + "'; with the value " + value + " it must be one of "
                    + String.join(", ", units) + (value == 1 ? " (singular for 1)" : " (plural above 1)"));
        }
        return Optional.empty();
    }

    private static Optional<String> cron(String body) {
        String[] fields = body.split(" ", -1);
        if (body.isEmpty() || fields.length != 6) {
            return Optional.of("must have six cron fields (" + CRON_FIELDS + "), it has "
                    + (body.isEmpty() ? 0 : fields.length) + ", e.g. cron(0 12 * * ? *)");
        }
        if (!fields[2].equals("?") && !fields[4].equals("?")) {
            return Optional.of("sets both Day-of-month '" + fields[2] + "' and Day-of-week '" + fields[4]
                    + "'; one of them must be '?' (" + CRON_FIELDS + ")");
        }
        return Optional.empty();
    }
}
