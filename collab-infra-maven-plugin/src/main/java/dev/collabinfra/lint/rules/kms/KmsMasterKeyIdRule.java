package dev.collabinfra.lint.rules.kms;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.ScalarNode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * E1162: the KmsMasterKeyId of an SNS topic or SQS queue is a KMS key id, key ARN or alias
 * ({@code alias/...}). {@code aws/sns} without the {@code alias/} prefix is the mistake this
 * catches: SNS and SQS accept the value and then fail to encrypt with it. cfn-lint reports the
 * same value as E1162 (with E1157, E1164 and E3017), from the schema's KMS formats.
 */
public final class KmsMasterKeyIdRule implements Rule {

    private static final Pattern KEY_ARN = Pattern.compile("^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:\\d{12}:(key|alias)/.+$");
    private static final Pattern KEY_ID = Pattern.compile(
            "^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|alias/[a-zA-Z0-9/_-]+)$");
    private static final Pattern ALIAS = Pattern.compile("^alias/[a-zA-Z0-9:/_-]+$");
    private static final Map<String, String> PROPERTIES = Map.of("AWS::SNS::Topic", "KmsMasterKeyId", "AWS::SQS::Queue", "KmsMasterKeyId");

    @Override
    public String id() {
        return "E1162";
    }

    @Override
    public String description() {
        return "SNS and SQS KmsMasterKeyId is a KMS key id, key ARN or alias/ name";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, PROPERTIES.keySet().toArray(String[]::new))) {
            String key = PROPERTIES.get(r.type());
            for (ScalarNode v : Values.scalars(r.properties(), key)) {
                String s = v.value();
                if (s.startsWith("{{resolve:") || KEY_ARN.matcher(s).matches() || KEY_ID.matcher(s).matches() || ALIAS.matcher(s).matches()) {
                    continue;
                }
                String fix = s.startsWith("aws/") ? "write 'alias/" + s + "' for the AWS managed key"
                        : "use a key id, a key ARN, or an alias name starting with 'alias/'";
                ctx.report(v, key + " '" + s + "' of '" + r.logicalId() + "' is not a KMS key id, key ARN or alias; " + fix);
            }
        }
    }
}
