package dev.collabinfra.lint.rules.environment;

import dev.collabinfra.lint.resolve.Feed;
import dev.collabinfra.lint.resolve.ResolvedDeployment;
import dev.collabinfra.lint.resolve.ResolvedStack;
import dev.collabinfra.lint.resolve.Value;
import dev.collabinfra.template.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names that must be unique in a scope (an account and region, an account, a partition), claimed by
 * the environments' resources or exports, grouped so that a name two deployments claim is found.
 * Two environment files naming the same stack in the same account and region are one deployment.
 */
final class Claims {

    /** One claim of a name: which environment, stack and resource (or output), at which node. */
    record Claim(ResolvedDeployment deployment, ResolvedStack stack, String owner, Node node, Value.Text name) {

        String identity() {
            return deployment.deployment().target() + "|" + stack.label() + "|" + owner;
        }

        String environment() {
            return deployment.deployment().environment();
        }
    }

    /** Builds the message of a collision from its claims. */
    interface Message {
        String text(List<Claim> claims, ResolvedFindings out);
    }

    private final Map<String, List<Claim>> groups = new LinkedHashMap<>();

    void add(String scopeKey, Claim claim) {
        groups.computeIfAbsent(scopeKey + "|" + claim.name().text(), k -> new ArrayList<>()).add(claim);
    }

    /** One finding per place that claims a name also claimed elsewhere. */
    void report(EnvironmentRule rule, ResolvedFindings out, Message message) {
        for (List<Claim> group : groups.values()) {
            Map<String, Claim> distinct = new LinkedHashMap<>();
            for (Claim claim : group) {
                distinct.putIfAbsent(claim.identity(), claim);
            }
            if (distinct.size() < 2) {
                continue;
            }
            List<Claim> claims = List.copyOf(distinct.values());
            List<Feed> feeds = List.of();
            for (Claim claim : claims) {
                for (Feed feed : claim.name().feeds()) {
                    if (!feeds.contains(feed)) {
                        List<Feed> more = new ArrayList<>(feeds);
                        more.add(feed);
                        feeds = more;
                    }
                }
            }
            String text = message.text(claims, out);
            Set<String> places = new LinkedHashSet<>();
            for (Claim claim : claims) {
                Path file = claim.stack().file();
                if (places.add(file + ":" + claim.node().position())) {
                    out.report(rule, file, claim.node().position(), text, feeds);
                }
            }
        }
    }

    /** {@code output VpcId (main.yaml) in environment staging (environments/staging.yaml)}. */
    static String describe(Claim claim, String what, ResolvedFindings out) {
        Path envFile = claim.deployment().deployment().file();
        String in = claim.stack().nested() ? " of nested stack " + claim.stack().label() : "";
        return what + " " + claim.owner() + in + " (" + out.path(claim.stack().file()) + ") in environment " + claim.environment()
                + (envFile == null ? "" : " (" + out.path(envFile) + ")");
    }

    /** The advice for claims judged in the placeholder account: set roleArn when the environments live apart. */
    static String placeholderHint(List<Claim> claims) {
        for (Claim claim : claims) {
            if (claim.deployment().deployment().accountKnown()) {
                return "";
            }
        }
        return " (if these environments deploy to different accounts, set roleArn in each environment file so validate knows)";
    }

    /** {@code staging and prod}, {@code dev, staging and prod}. */
    static String environments(List<Claim> claims) {
        Set<String> names = new LinkedHashSet<>();
        for (Claim claim : claims) {
            names.add(claim.environment());
        }
        List<String> list = new ArrayList<>(names);
        if (list.size() == 1) {
            return "environment " + list.get(0);
        }
        return "environments " + String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }
}
