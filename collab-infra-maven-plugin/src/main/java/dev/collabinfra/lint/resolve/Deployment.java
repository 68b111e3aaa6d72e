package dev.collabinfra.lint.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one environment deploys, as far as template resolution needs it: the main stack's name,
 * region and account, the parameter values, and where each came from.
 *
 * @param environment the environment's name ({@code prod})
 * @param file the environment file, or null when there is none
 * @param stackName the main stack's name, or null when the environment gives none
 * @param region the region, or null
 * @param accountId the account: the one in the environment's role ARN, else {@link #PLACEHOLDER_ACCOUNT}
 * @param accountKnown true when {@code accountId} was read from the environment, not the placeholder
 * @param parameters the main template's parameter values, as CloudFormation receives them
 * @param notificationArns the stack's notification ARNs ({@code AWS::NotificationARNs})
 * @param feeds where each setting came from, keyed {@code stackName}, {@code region},
 *     {@code roleArn} or {@code parameters.<Name>}
 */
public record Deployment(
        String environment,
        java.nio.file.Path file,
        String stackName,
        String region,
        String accountId,
        boolean accountKnown,
        Map<String, String> parameters,
        List<String> notificationArns,
        Map<String, Feed> feeds) {

    /** The account id used when the environment does not name one: shaped like a real one. */
    public static final String PLACEHOLDER_ACCOUNT = "123456789012";

    public Deployment {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        notificationArns = List.copyOf(notificationArns);
        feeds = Map.copyOf(feeds);
    }

    /** Where a setting came from. */
    public Optional<Feed> feed(String key) {
        return Optional.ofNullable(feeds.get(key));
    }

    /** The partition of the region ({@code aws}, {@code aws-cn}, ...), when the region is known. */
    public Optional<String> partition() {
        return region == null ? Optional.empty() : Pseudo.partition(region);
    }

    /** The same stack: two environment files that name one stack in one account and region are not two deployments. */
    public String target() {
        return stackName + "|" + region + "|" + accountId;
    }

    /** {@code 123456789012 (placeholder)} or the account read from the environment. */
    public String accountDescription() {
        return accountKnown ? accountId : accountId + " (a placeholder: the environment sets no roleArn)";
    }
}
