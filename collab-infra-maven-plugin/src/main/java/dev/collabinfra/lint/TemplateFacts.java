package dev.collabinfra.lint;

import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What rules need to know about a template as a whole: its declared names and its transforms.
 * Computed once per rule call from the template; immutable.
 */
public final class TemplateFacts {

    /** The AWS SAM transform. */
    public static final String SERVERLESS = "AWS::Serverless-2016-10-31";
    /** The transform that enables Fn::Length, Fn::ToJsonString, Fn::ForEach and a FindInMap default. */
    public static final String LANGUAGE_EXTENSIONS = "AWS::LanguageExtensions";

    private final Template template;
    private final Set<String> transforms = new LinkedHashSet<>();
    private final Set<String> forEachIdentifiers = new LinkedHashSet<>();
    private final boolean includes;

    public TemplateFacts(Template template) {
        this.template = template;
        template.root().get("Transform").ifPresent(node -> {
            if (node instanceof ScalarNode scalar) {
                transforms.add(scalar.value());
            } else if (node instanceof ListNode list) {
                list.items().stream().filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).value()).forEach(transforms::add);
            } else if (node instanceof MapNode map) {
                map.getString("Name").ifPresent(transforms::add);
            }
        });
        this.includes = scan(template.root());
    }

    /** Collects Fn::ForEach loop variables and reports whether an Fn::Transform appears (one plain recursion). */
    private boolean scan(Node node) {
        boolean include = false;
        if (node instanceof MapNode map) {
            for (MapNode.Entry entry : map.entries()) {
                if (entry.key().startsWith("Fn::ForEach::") && entry.value() instanceof ListNode list
                        && !list.items().isEmpty() && list.get(0) instanceof ScalarNode id) {
                    forEachIdentifiers.add(id.value());
                }
                include |= entry.key().equals("Fn::Transform");
                include |= scan(entry.value());
            }
        } else if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                include |= scan(item);
            }
        }
        return include;
    }

    public Template template() {
        return template;
    }

    public Set<String> parameters() {
        return template.parameters().keys();
    }

    public Set<String> resources() {
        return template.resources().keys();
    }

    public Set<String> conditions() {
        return template.conditions().keys();
    }

    public Set<String> mappings() {
        return template.mappings().keys();
    }

    public Set<String> transforms() {
        return transforms;
    }

    public boolean hasTransform(String name) {
        return transforms.contains(name);
    }

    /** Loop variables of {@code Fn::ForEach}, valid as {@code Ref} and {@code ${}} targets in their loop. */
    public Set<String> forEachIdentifiers() {
        return forEachIdentifiers;
    }

    /**
     * True when a macro may add names the linter cannot see: any transform other than
     * LanguageExtensions, an {@code Fn::Transform} (AWS::Include, a macro), or an
     * {@code Fn::ForEach} loop (its logical ids are made from the loop variable). Existence checks
     * stay quiet then rather than report names the deployed template will have.
     */
    public boolean namesMayBeGenerated() {
        if (!forEachIdentifiers.isEmpty()) {
            return true;
        }
        for (String transform : transforms) {
            if (!transform.equals(LANGUAGE_EXTENSIONS)) {
                return true;
            }
        }
        return includes;
    }

    /** True when {@code name} may follow {@code Ref}: a parameter, resource, pseudo parameter or loop variable. */
    public boolean isRefTarget(String name) {
        return template.parameters().containsKey(name) || template.resources().containsKey(name)
                || PseudoParameters.isPseudo(name) || forEachIdentifiers.contains(name);
    }

    /** Every valid Ref target, for "did you mean" suggestions. */
    public Set<String> refTargets() {
        Set<String> all = new LinkedHashSet<>(parameters());
        all.addAll(resources());
        all.addAll(PseudoParameters.NAMES);
        all.addAll(forEachIdentifiers);
        return all;
    }

    /** True for a key that is a logical id (not a {@code Fn::ForEach::} loop that expands into several). */
    public static boolean isLogicalId(String key) {
        return !key.startsWith("Fn::ForEach::");
    }

    /** The value of a node as a mapping, or null. */
    public static MapNode asMap(Node node) {
        return node instanceof MapNode map ? map : null;
    }
}
