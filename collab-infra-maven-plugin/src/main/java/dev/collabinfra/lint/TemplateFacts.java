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
    private boolean declaringIncludes;

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
        this.includes = scan(template.root(), 0, "");
    }

    /**
     * Collects Fn::ForEach loop variables and reports whether an Fn::Transform appears (one plain
     * recursion); notes too whether one sits where its output could declare names ({@link
     * #declaredNamesMayBeGenerated()}).
     */
    private boolean scan(Node node, int depth, String section) {
        boolean include = false;
        if (node instanceof MapNode map) {
            for (MapNode.Entry entry : map.entries()) {
                if (entry.key().startsWith("Fn::ForEach::") && entry.value() instanceof ListNode list
                        && !list.items().isEmpty() && list.get(0) instanceof ScalarNode id) {
                    forEachIdentifiers.add(id.value());
                }
                if (entry.key().equals("Fn::Transform")) {
                    include = true;
                    declaringIncludes |= declares(depth, section);
                }
                include |= scan(entry.value(), depth + 1, depth == 0 ? entry.key() : section);
            }
        } else if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                include |= scan(item, depth + 1, section);
            }
        }
        return include;
    }

    /**
     * True when an Fn::Transform at this depth of this section may add declarations: at the top
     * level or directly in a section (whole entries), in the body of a resource or parameter (its
     * Type, so what Ref and GetAtt give), or anywhere in a mapping (its keys). Deeper, inside a
     * property value, an output or a condition, its output replaces only that value.
     */
    private static boolean declares(int depth, String section) {
        return depth <= 1 || section.equals("Mappings")
                || depth == 2 && (section.equals("Resources") || section.equals("Parameters"));
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

    /**
     * True when names that {@code Ref}, {@code GetAtt}, {@code ${}}, {@code FindInMap} and
     * {@code DependsOn} may name could be declared by something the linter cannot see: as
     * {@link #namesMayBeGenerated()}, except that an {@code Fn::Transform} deep inside a property
     * value, an output or a condition does not count (its output replaces only that value; it may
     * use names, so the unused-name rules still use {@link #namesMayBeGenerated()}).
     */
    public boolean declaredNamesMayBeGenerated() {
        if (!forEachIdentifiers.isEmpty()) {
            return true;
        }
        for (String transform : transforms) {
            if (!transform.equals(LANGUAGE_EXTENSIONS)) {
                return true;
            }
        }
        return declaringIncludes;
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
