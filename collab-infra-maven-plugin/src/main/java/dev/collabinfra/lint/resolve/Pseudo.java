package dev.collabinfra.lint.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pseudo parameters: partition and URL suffix by region, the account, the stack name. */
final class Pseudo {

    private Pseudo() {}

    static Optional<String> partition(String region) {
        if (region.startsWith("cn-")) {
            return Optional.of("aws-cn");
        }
        if (region.startsWith("us-gov-")) {
            return Optional.of("aws-us-gov");
        }
        if (region.startsWith("us-isob-")) {
            return Optional.of("aws-iso-b");
        }
        if (region.startsWith("us-iso-")) {
            return Optional.of("aws-iso");
        }
        if (region.contains("-iso")) {
            return Optional.empty(); // newer isolated partitions: not guessed
        }
        return Optional.of("aws");
    }

    static Optional<String> urlSuffix(String region) {
        return partition(region).map(p -> switch (p) {
            case "aws-cn" -> "amazonaws.com.cn";
            case "aws-iso" -> "c2s.ic.gov";
            case "aws-iso-b" -> "sc2s.sgov.gov";
            default -> "amazonaws.com";
        });
    }

    /** The value of a pseudo parameter in the main stack ({@code root}) or a nested one. */
    static Value value(String name, Deployment deployment, boolean root) {
        String region = deployment.region();
        List<Feed> regionFeed = deployment.feed("region").map(List::of).orElse(List.of());
        switch (name) {
            case "AWS::Region":
                return region == null ? new Value.Unknown(name) : new Value.Text(region, regionFeed);
            case "AWS::Partition":
                return region == null ? new Value.Unknown(name)
                        : Pseudo.partition(region).map(p -> (Value) new Value.Text(p, regionFeed)).orElse(new Value.Unknown(name));
            case "AWS::URLSuffix":
                return region == null ? new Value.Unknown(name)
                        : Pseudo.urlSuffix(region).map(p -> (Value) new Value.Text(p, regionFeed)).orElse(new Value.Unknown(name));
            case "AWS::AccountId": {
                Feed feed = deployment.accountKnown() ? deployment.feed("roleArn").orElse(Feed.named("account id", "roleArn"))
                        : Feed.named("AWS::AccountId", "placeholder " + Deployment.PLACEHOLDER_ACCOUNT);
                return new Value.Text(deployment.accountId(), List.of(feed));
            }
            case "AWS::StackName":
                // a nested stack's name is its parent's with the logical id and a random suffix
                return root && deployment.stackName() != null
                        ? new Value.Text(deployment.stackName(), deployment.feed("stackName").map(List::of).orElse(List.of()))
                        : new Value.Unknown(name);
            case "AWS::NotificationARNs": {
                List<Value> items = new ArrayList<>();
                List<Feed> feeds = deployment.feed("notificationArns").map(List::of).orElse(List.of());
                for (String arn : deployment.notificationArns()) {
                    items.add(new Value.Text(arn, feeds));
                }
                return new Value.Items(items, feeds);
            }
            default:
                return new Value.Unknown(name); // AWS::StackId holds a generated id
        }
    }
}
