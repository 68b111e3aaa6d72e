package dev.collabinfra.deploy;

import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import dev.collabinfra.template.TemplateParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two templates by what they say rather than how they are written: CloudFormation
 * implementations give {@code GetTemplate} back re-serialised (JSON for YAML, other quoting, other
 * line ends), so equal text is enough for "the same", unequal text is not enough for "different".
 */
final class TemplateComparison {

    private final Map<String, Object> before;
    private final Map<String, Object> after;

    private TemplateComparison(Map<String, Object> before, Map<String, Object> after) {
        this.before = before;
        this.after = after;
    }

    /** Empty when either text does not parse as a template. */
    static Optional<TemplateComparison> of(String deployedText, String newText) {
        Optional<Map<String, Object>> a = plainTemplate(deployedText);
        Optional<Map<String, Object>> b = plainTemplate(newText);
        return a.isPresent() && b.isPresent() ? Optional.of(new TemplateComparison(a.get(), b.get())) : Optional.empty();
    }

    /** True when the two texts are the same template, whatever their formatting. */
    static boolean sameTemplate(String deployedText, String newText) {
        if (deployedText != null && deployedText.equals(newText)) {
            return true;
        }
        return of(deployedText, newText).map(c -> c.before.equals(c.after)).orElse(false);
    }

    boolean same() {
        return before.equals(after);
    }

    /** Whether a top-level section (Resources, Outputs, ...) says the same in both. */
    boolean sameSection(String section) {
        return Objects.equals(before.get(section), after.get(section));
    }

    /** Whether anything that can change a resource differs: resources, conditions, mappings, parameters' declarations. */
    boolean sameResources() {
        return sameSection("Resources") && sameSection("Conditions") && sameSection("Mappings") && sameSection("Parameters")
                && sameSection("Transform");
    }

    private static Optional<Map<String, Object>> plainTemplate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Optional<Template> template = new TemplateParser().parseText(Path.of("template"), text).templateIfParsed();
            return template.map(t -> plainMap(t.root()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The node as maps, lists and strings, without positions or styles. */
    static Object plain(Node node) {
        if (node instanceof MapNode map) {
            return plainMap(map);
        }
        if (node instanceof ListNode list) {
            List<Object> items = new ArrayList<>();
            list.items().forEach(i -> items.add(plain(i)));
            return items;
        }
        return ((ScalarNode) node).value();
    }

    private static Map<String, Object> plainMap(MapNode map) {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (MapNode.Entry entry : map.entries()) {
            plain.put(entry.key(), plain(entry.value()));
        }
        return plain;
    }
}
