package dev.collabinfra.lint.rules.certificates;

import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.LocalPaths;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a template (and the nested stacks it names by local path) uses ACM certificates, and where
 * each ARN comes from: a literal somewhere, or a parameter of the template itself. CloudFront only
 * accepts certificates from us-east-1; load balancers only accept certificates from their own region.
 *
 * <p>Limits: nested stacks are followed through local {@code TemplateURL}s up to {@link #MAX_DEPTH}
 * levels, a child parameter is followed only when the parent passes it by {@code Ref} or as a literal
 * (anything else, such as {@code !If} or {@code !ImportValue}, is undecided and dropped), and only
 * {@code arn:...:acm:REGION:...} values are judged (IAM server certificates are global).
 */
public final class CertificateUsages {

    /** Nested stacks deeper than this are not followed. */
    public static final int MAX_DEPTH = 5;

    /** Who consumes the certificate, which decides the region it must be in. */
    public enum Consumer {
        CLOUDFRONT,
        LOAD_BALANCER
    }

    /** Where the ARN comes from. */
    public sealed interface Origin permits Literal, Parameter {}

    /** A literal ARN written in {@code file} at {@code node}. */
    public record Literal(Path file, ScalarNode node) implements Origin {}

    /** A parameter of the traced template; its value comes from an environment or its Default. */
    public record Parameter(String name) implements Origin {}

    /**
     * One use of a certificate.
     *
     * @param consumer CloudFront or a load balancer
     * @param where the resource and file that uses it, for messages ({@code cdn.yaml:12 'Distribution'})
     * @param origin where the ARN comes from
     */
    public record Usage(Consumer consumer, String where, Origin origin) {}

    private CertificateUsages() {}

    /** The region of an ACM certificate ARN, when the value is one. */
    public static Optional<String> acmRegion(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length == 6 && parts[0].equals("arn") && parts[2].equals("acm") && !parts[3].isEmpty()) {
            return Optional.of(parts[3]);
        }
        return Optional.empty();
    }

    /** Every certificate use in {@code template} and its local nested stacks. */
    public static List<Usage> trace(Template template, LintServices services) {
        return List.copyOf(trace(template, services, 0, new HashSet<>(), new HashMap<>()));
    }

    /**
     * The uses below one template at one depth, each distinct use once. Memoized by file and depth:
     * forty stacks naming the same child, level after level, are traced once per level instead of
     * forty to the fifth times, and the lists stay as long as the distinct uses, not the paths.
     */
    private static Set<Usage> trace(Template template, LintServices services, int depth, Set<Path> visiting,
            Map<String, Set<Usage>> memo) {
        Path self = template.file().toAbsolutePath().normalize();
        String key = depth + ":" + self;
        Set<Usage> known = memo.get(key);
        if (known != null) {
            return known;
        }
        Set<Usage> out = new LinkedHashSet<>(direct(template));
        if (depth >= MAX_DEPTH || !visiting.add(self)) {
            return out;
        }
        for (Resource stack : Resources.ofType(template, "AWS::CloudFormation::Stack")) {
            Optional<Template> child = Resources.literal(stack.properties(), "TemplateURL")
                    .filter(CertificateUsages::isLocal)
                    .map(url -> LocalPaths.resolve(self.getParent(), url))
                    .filter(path -> !services.outsideProject(path))
                    .filter(java.nio.file.Files::isRegularFile)
                    .flatMap(path -> services.parse(path).templateIfParsed());
            if (child.isEmpty()) {
                continue;
            }
            MapNode passed = stack.properties().getMap("Parameters").orElseGet(() -> MapNode.empty(stack.idPosition()));
            for (Usage usage : trace(child.get(), services, depth + 1, visiting, memo)) {
                if (usage.origin() instanceof Literal) {
                    out.add(usage);
                } else if (usage.origin() instanceof Parameter p) {
                    mapToParent(template, child.get(), passed, p.name()).ifPresent(o -> out.add(new Usage(usage.consumer(), usage.where(), o)));
                }
            }
        }
        visiting.remove(self);
        memo.put(key, out);
        return out;
    }

    /** What the parent gives for a child parameter: a literal, one of its own parameters, or the child's default. */
    private static Optional<Origin> mapToParent(Template parent, Template child, MapNode passed, String childParameter) {
        Optional<Node> given = passed.get(childParameter);
        if (given.isEmpty()) {
            return child.parameters().getMap(childParameter).flatMap(p -> p.get("Default"))
                    .filter(ScalarNode.class::isInstance).map(n -> new Literal(child.file(), (ScalarNode) n));
        }
        if (given.get() instanceof ScalarNode scalar) {
            return Optional.of(new Literal(parent.file(), scalar));
        }
        return Resources.refTarget(given.get()).filter(parent.parameters()::containsKey).map(Parameter::new);
    }

    /** Uses written in this template itself. */
    private static List<Usage> direct(Template template) {
        List<Usage> out = new ArrayList<>();
        String file = template.file().getFileName().toString();
        for (Resource r : Resources.ofType(template, "AWS::CloudFront::Distribution")) {
            r.properties().getMap("DistributionConfig").flatMap(c -> c.getMap("ViewerCertificate"))
                    .flatMap(v -> v.get("AcmCertificateArn"))
                    .flatMap(v -> origin(template, v))
                    .ifPresent(o -> out.add(new Usage(Consumer.CLOUDFRONT, where(file, r), o)));
        }
        for (Resource r : Resources.ofType(template, "AWS::ElasticLoadBalancingV2::Listener",
                "AWS::ElasticLoadBalancingV2::ListenerCertificate")) {
            r.properties().get("Certificates").ifPresent(certificates -> {
                for (Node c : Resources.items(certificates)) {
                    if (c instanceof MapNode map) {
                        map.get("CertificateArn").flatMap(v -> origin(template, v))
                                .ifPresent(o -> out.add(new Usage(Consumer.LOAD_BALANCER, where(file, r), o)));
                    }
                }
            });
        }
        return out;
    }

    private static Optional<Origin> origin(Template template, Node value) {
        if (value instanceof ScalarNode scalar) {
            return Optional.of(new Literal(template.file(), scalar));
        }
        return Resources.refTarget(value).filter(template.parameters()::containsKey).map(Parameter::new);
    }

    private static String where(String file, Resource r) {
        return "'" + r.logicalId() + "' (" + file + ":" + r.idPosition().line() + ")";
    }

    private static boolean isLocal(String url) {
        return !url.isBlank() && !LocalPaths.isUrl(url) && !url.startsWith("{{") && LocalPaths.problem(url).isEmpty();
    }
}
