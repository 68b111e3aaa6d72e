package dev.collabinfra.lint.rules.cloudfront;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * E3057: every cache behavior of a CloudFront distribution (the default one and each of
 * CacheBehaviors) targets the Id of one of its Origins or OriginGroups (cfn-lint E3057, which
 * checks the default behavior); CloudFront rejects a behavior whose origin does not exist. Judged
 * only when every origin and origin group Id is literal.
 */
public final class TargetOriginRule implements Rule {

    @Override
    public String id() {
        return "E3057";
    }

    @Override
    public String description() {
        return "CloudFront cache behaviors target an origin or origin group of the distribution";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::CloudFront::Distribution")) {
            if (!(r.properties().get("DistributionConfig").orElse(null) instanceof MapNode config)) {
                continue;
            }
            Optional<Set<String>> ids = ids(config);
            if (ids.isEmpty()) {
                continue;
            }
            List<Node> behaviors = new ArrayList<>();
            config.get("DefaultCacheBehavior").ifPresent(behaviors::add);
            config.get("CacheBehaviors").ifPresent(b -> behaviors.addAll(Values.items(b)));
            for (Node behavior : behaviors) {
                for (Node candidate : Values.candidates(behavior)) {
                    if (!(candidate instanceof MapNode b)) {
                        continue;
                    }
                    for (ScalarNode target : Values.scalars(b, "TargetOriginId")) {
                        if (!ids.get().contains(target.value())) {
                            ctx.report(target, "Distribution '" + r.logicalId() + "': TargetOriginId '" + target.value()
                                    + "' is not the Id of one of its origins or origin groups (" + String.join(", ", ids.get())
                                    + "); name one of them");
                        }
                    }
                }
            }
        }
    }

    /** The Ids of the Origins and OriginGroups items, or empty when one is not literal. */
    private static Optional<Set<String>> ids(MapNode config) {
        Set<String> ids = new LinkedHashSet<>();
        if (!(config.get("Origins").orElse(null) instanceof ListNode origins) || !add(origins, ids)) {
            return Optional.empty();
        }
        Node groups = config.get("OriginGroups").orElse(null);
        if (groups != null) {
            if (!(groups instanceof MapNode g) || !(g.get("Items").orElse(null) instanceof ListNode items) || !add(items, ids)) {
                return Optional.empty();
            }
        }
        return Optional.of(ids);
    }

    private static boolean add(ListNode items, Set<String> ids) {
        for (Node item : items.items()) {
            if (!(item instanceof MapNode m) || !(m.get("Id").orElse(null) instanceof ScalarNode id)) {
                return false;
            }
            ids.add(id.value());
        }
        return true;
    }
}
