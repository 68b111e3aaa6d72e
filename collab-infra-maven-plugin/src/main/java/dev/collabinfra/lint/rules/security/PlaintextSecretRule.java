package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A secret written into the template: a property named like a password ({@code MasterUserPassword},
 * {@code AuthToken}, ...) or an environment variable named like one ({@code DB_PASSWORD},
 * {@code API_KEY}) in a Lambda function or an ECS container definition, whose value is a literal
 * or a {@code Ref} to a parameter without NoEcho. Fine: a Ref to a NoEcho parameter, a
 * {@code {{resolve:secretsmanager:...}}} or {@code {{resolve:ssm-secure:...}}} reference, and any
 * function the rule cannot evaluate. Names that hold a pointer to a secret rather than the secret
 * ({@code SecretArn}, {@code PASSWORD_PARAM}, {@code PasswordLength}) are not flagged.
 */
public final class PlaintextSecretRule implements Rule {

    /** A property is a secret when its name contains one of these (case-insensitive). */
    private static final List<String> PROPERTY_WORDS = List.of("password", "secret", "authtoken", "apikey", "privatekey", "passphrase");
    /** An environment variable is a secret when its name contains one of these (case-insensitive). */
    private static final List<String> VARIABLE_WORDS = List.of("password", "passwd", "pwd", "secret", "token", "apikey", "api_key",
            "api-key", "privatekey", "private_key", "private-key", "accesskey", "access_key", "access-key", "passphrase", "credential");
    /** Names that end like these carry a reference, a setting or a size rather than the secret itself. */
    private static final List<String> POINTER_ENDINGS = List.of("arn", "arns", "name", "id", "ids", "table", "url", "uri",
            "endpoint", "path", "param", "parameter", "region", "ttl", "length", "header", "type", "expiry", "expiration", "file",
            "bucket", "policy", "version", "enabled", "string", "characters", "template", "options", "configuration", "config",
            "field", "source", "location", "rotation", "duration", "seconds", "minutes", "key_id", "keyid", "kms",
            "secretsmanager", "ssm");

    private static final Pattern SETTING_VALUE = Pattern.compile("(?i)-?\\d+(\\.\\d+)?|true|false|yes|no|on|off|enabled|disabled");

    @Override
    public String id() {
        return "W9215";
    }

    @Override
    public String description() {
        return "Plaintext secret in a property or environment variable";
    }

    @Override
    public void check(LintContext ctx) {
        Template template = ctx.template();
        for (MapNode.Entry entry : template.resources().entries()) {
            if (entry.value() instanceof MapNode resource) {
                resource.getMap("Properties").ifPresent(p -> properties(ctx, entry.key(), p));
            }
        }
        for (Resource function : Resources.ofType(template, "AWS::Lambda::Function", "AWS::Serverless::Function")) {
            function.properties().getMap("Environment").flatMap(e -> e.getMap("Variables")).ifPresent(vars -> {
                for (MapNode.Entry variable : vars.entries()) {
                    variable(ctx, function.logicalId(), variable.key(), variable.value());
                }
            });
        }
        for (Resource task : Resources.ofType(template, "AWS::ECS::TaskDefinition")) {
            task.properties().get("ContainerDefinitions").ifPresent(containers -> {
                for (Node container : Resources.items(containers)) {
                    if (container instanceof MapNode c) {
                        c.get("Environment").ifPresent(env -> {
                            for (Node pair : Resources.items(env)) {
                                if (pair instanceof MapNode p && p.get("Value").isPresent()) {
                                    Resources.literal(p, "Name").ifPresent(name ->
                                            variable(ctx, task.logicalId(), name, p.get("Value").get()));
                                }
                            }
                        });
                    }
                }
            });
        }
    }

    private void properties(LintContext ctx, String logicalId, MapNode map) {
        for (MapNode.Entry entry : map.entries()) {
            String key = entry.key();
            if (key.equals("Environment") || key.equals("ContainerDefinitions") || key.equals("Variables")) {
                continue; // environment variables are judged by their own names below
            }
            if (secretName(key, PROPERTY_WORDS)) {
                judge(ctx, logicalId, "Property '" + key + "'", entry.value());
            } else if (entry.value() instanceof MapNode child && !Resources.isFunction(child)) {
                properties(ctx, logicalId, child);
            } else if (entry.value() instanceof ListNode list) {
                for (Node item : list.items()) {
                    if (item instanceof MapNode child && !Resources.isFunction(child)) {
                        properties(ctx, logicalId, child);
                    }
                }
            }
        }
    }

    /**
     * True when {@code name} contains one of {@code words} and does not end like a pointer. Plain
     * string tests, not regular expressions: this runs on every property name of every resource.
     */
    static boolean secretName(String name, List<String> words) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean secret = false;
        for (String word : words) {
            if (lower.contains(word)) {
                secret = true;
                break;
            }
        }
        if (!secret) {
            return false;
        }
        for (String ending : POINTER_ENDINGS) {
            if (lower.endsWith(ending)) {
                return false;
            }
        }
        return true;
    }

    private void variable(LintContext ctx, String logicalId, String name, Node value) {
        if (secretName(name, VARIABLE_WORDS)) {
            judge(ctx, logicalId, "Environment variable '" + name + "'", value);
        }
    }

    private void judge(LintContext ctx, String logicalId, String what, Node value) {
        String where = what + " of '" + logicalId + "'";
        String fix = "; use a {{resolve:secretsmanager:...}} reference, an ECS 'Secrets' entry, or a NoEcho parameter"
                + " (cfn-lint W2501, checkov CKV_AWS_45/CKV_AWS_46)";
        if (value instanceof ScalarNode scalar) {
            String text = scalar.value();
            // numbers and flags (SECRET_ROTATION_DAYS: "30", USE_TOKEN: "true") are settings, not secrets
            if (scalar.kind() != ScalarKind.STRING || text.isBlank() || text.startsWith("{{resolve:secretsmanager:")
                    || text.startsWith("{{resolve:ssm-secure:") || text.startsWith("arn:") || SETTING_VALUE.matcher(text).matches()) {
                return;
            }
            ctx.report(scalar, where + " holds a literal secret in the template" + fix);
            return;
        }
        Optional<String> ref = Resources.refTarget(value);
        if (ref.isPresent() && ctx.template().parameters().containsKey(ref.get()) && !Resources.isNoEcho(ctx.template(), ref.get())) {
            ctx.report(value, where + " takes parameter '" + ref.get() + "', which is not NoEcho, so its value shows in"
                    + " the console; add NoEcho: true to the parameter" + fix);
        }
    }
}
