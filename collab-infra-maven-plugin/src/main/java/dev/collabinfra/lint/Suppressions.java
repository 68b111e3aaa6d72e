package dev.collabinfra.lint;

import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules users silenced, the way cfn-lint users already do: {@code Metadata: cfn-lint: config:
 * ignore_checks: [W2001]} at the template level or on a resource, plus the {@code ignoreRules}
 * parameter. An entry matches a rule id or an id prefix ({@code W} silences every warning).
 */
public final class Suppressions {

    private record Scoped(int startIndex, int endIndex, int startLine, int endLine, Set<String> ids) {}

    private final Set<String> global;
    private final List<Scoped> scoped;

    private Suppressions(Set<String> global, List<Scoped> scoped) {
        this.global = global;
        this.scoped = scoped;
    }

    static Suppressions none(Set<String> ignored) {
        return new Suppressions(ignored, List.of());
    }

    public static Suppressions of(Template template, Set<String> ignored) {
        Set<String> global = new HashSet<>(ignored);
        template.section("Metadata").ifPresent(metadata -> global.addAll(ignoreChecks(metadata)));
        List<Scoped> scoped = new ArrayList<>();
        for (MapNode.Entry entry : template.resources().entries()) {
            if (entry.value() instanceof MapNode resource) {
                resource.getMap("Metadata").ifPresent(metadata -> {
                    Set<String> ids = ignoreChecks(metadata);
                    if (!ids.isEmpty()) {
                        int endLine = lineOf(template.text(), resource.endIndex());
                        scoped.add(new Scoped(resource.startIndex(), resource.endIndex(), entry.keyPosition().line(), endLine, ids));
                    }
                });
            }
        }
        return new Suppressions(global, scoped);
    }

    public boolean suppresses(Finding finding) {
        if (matches(global, finding.ruleId())) {
            return true;
        }
        int line = finding.position().line();
        for (Scoped scope : scoped) {
            if (line >= scope.startLine() && line <= scope.endLine() && matches(scope.ids(), finding.ruleId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Set<String> ids, String ruleId) {
        for (String id : ids) {
            if (ruleId.startsWith(id)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> ignoreChecks(MapNode metadata) {
        Set<String> ids = new HashSet<>();
        metadata.getMap("cfn-lint").flatMap(c -> c.getMap("config")).flatMap(c -> c.get("ignore_checks")).ifPresent(node -> {
            if (node instanceof ListNode list) {
                for (Node item : list.items()) {
                    if (item instanceof ScalarNode scalar) {
                        ids.add(scalar.value());
                    }
                }
            } else if (node instanceof ScalarNode scalar) {
                ids.add(scalar.value());
            }
        });
        return ids;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
