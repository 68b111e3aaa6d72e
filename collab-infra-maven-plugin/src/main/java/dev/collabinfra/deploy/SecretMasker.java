package dev.collabinfra.deploy;

import dev.collabinfra.core.ProgressListener;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps NoEcho parameter values out of everything the plugin writes: values of NoEcho parameters
 * are shown as {@code ****}, and any text that reaches the log or a file under {@code target/} has
 * every occurrence of a secret value replaced, because CloudFormation and handlers sometimes quote
 * the values they reject.
 *
 * <p>Replacing values only works for the values this run was given. Outputs are therefore also
 * masked by what the template says: an output whose value is built from a NoEcho parameter
 * ({@link SecretOutputs}) is shown as {@code ****} whole, whether or not the run knows the value
 * (an {@code outputs} or {@code status} run, or a deploy that reuses the previous value).
 */
public final class SecretMasker {

    public static final String MASK = "****";

    private final Set<String> noEchoKeys;
    private final List<String> secrets;
    private final SecretOutputs.Found secretOutputs;

    /**
     * @param noEchoKeys the template's NoEcho parameter names
     * @param values the parameter values about to be used, by key
     */
    public SecretMasker(Set<String> noEchoKeys, Map<String, String> values) {
        this(Set.copyOf(noEchoKeys), noEchoKeys.stream()
                .map(values::get)
                .filter(Objects::nonNull)
                .filter(v -> !v.isEmpty() && !v.equals(MASK))
                .distinct()
                // Longest first, so a secret that contains another is masked whole.
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList(), SecretOutputs.Found.NONE);
    }

    private SecretMasker(Set<String> noEchoKeys, List<String> secrets, SecretOutputs.Found secretOutputs) {
        this.noEchoKeys = noEchoKeys;
        this.secrets = secrets;
        this.secretOutputs = secretOutputs;
    }

    public static SecretMasker none() {
        return new SecretMasker(Set.of(), Map.of());
    }

    /** This masker, also masking whole the outputs found to be built from a NoEcho parameter. */
    public SecretMasker withSecretOutputs(SecretOutputs.Found found) {
        return new SecretMasker(noEchoKeys, secrets, secretOutputs.and(found));
    }

    /** This masker, also masking these values (NoEcho values given elsewhere, e.g. a stack set's per-region overrides). */
    public SecretMasker alsoMasking(java.util.Collection<String> values) {
        List<String> all = new java.util.ArrayList<>(secrets);
        values.stream().filter(Objects::nonNull).filter(v -> !v.isEmpty() && !v.equals(MASK) && !all.contains(v)).forEach(all::add);
        all.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMasker(noEchoKeys, List.copyOf(all), secretOutputs);
    }

    public boolean isNoEcho(String key) {
        return noEchoKeys.contains(key);
    }

    /** True when the output is built from a NoEcho parameter, so its value is never shown. */
    public boolean isSecretOutput(String outputKey) {
        return secretOutputs.contains(outputKey);
    }

    /** The value to show for a parameter. */
    public String parameterValue(String key, String value) {
        return isNoEcho(key) ? MASK : mask(value);
    }

    /** The value to show or write for a stack output: {@code ****} for a secret one, else the value with secrets replaced. */
    public String outputValue(String key, String value) {
        return isSecretOutput(key) ? MASK : mask(value == null ? "" : value);
    }

    /** The text with every secret value replaced by {@code ****}. */
    public String mask(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /** A listener that masks every line before passing it on. */
    public ProgressListener wrap(ProgressListener delegate) {
        return new ProgressListener() {
            @Override
            public void info(String message) {
                delegate.info(mask(message));
            }

            @Override
            public void detail(String message) {
                delegate.detail(mask(message));
            }

            @Override
            public void warn(String message) {
                delegate.warn(mask(message));
            }

            @Override
            public void error(String message) {
                delegate.error(mask(message));
            }
        };
    }
}
