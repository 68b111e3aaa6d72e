package dev.collabinfra.lint;

import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Severity;
import dev.collabinfra.template.Template;
import java.util.List;

/** What a rule sees while it checks one template, and where it reports. */
public final class LintContext {

    private final Template template;
    private final LintServices services;
    private final List<Finding> sink;
    private Rule current;
    private TemplateFacts facts;
    private final java.util.Map<Class<?>, Object> shared = new java.util.HashMap<>();

    LintContext(Template template, LintServices services, List<Finding> sink) {
        this.template = template;
        this.services = services;
        this.sink = sink;
    }

    void setRule(Rule rule) {
        this.current = rule;
    }

    public Template template() {
        return template;
    }

    /** Names and transforms of the template, computed once and shared by every rule. */
    public TemplateFacts facts() {
        if (facts == null) {
            facts = new TemplateFacts(template);
        }
        return facts;
    }

    /**
     * A value several rules derive from this template, computed by the first rule that asks (for
     * example the schema findings that a dozen schema rules each report a part of).
     */
    public <T> T shared(Class<T> key, java.util.function.Supplier<T> compute) {
        Object value = shared.get(key);
        if (value == null) {
            value = compute.get();
            shared.put(key, value);
        }
        return key.cast(value);
    }

    /** True when a rule already reported {@code ruleId} at {@code at} with a message containing {@code text}. */
    public boolean reported(String ruleId, Position at, String text) {
        for (Finding f : sink) {
            if (f.ruleId().equals(ruleId) && f.position().equals(at) && f.message().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** Shared, build-wide services: the resource specification, other templates, environments. */
    public LintServices services() {
        return services;
    }

    /** Reports a finding of the running rule at a node. */
    public void report(Node at, String message) {
        report(at.position(), message);
    }

    /** Reports a finding of the running rule at a position. */
    public void report(Position at, String message) {
        report(current.id(), current.severity(), at, message);
    }

    /** Reports a finding under an explicit id and severity (for rules that own several ids). */
    public void report(String ruleId, Severity severity, Position at, String message) {
        if (Thread.currentThread().isInterrupted()) {
            // the time bound passed (Linter): stop the rule here rather than let it run on unseen
            throw new IllegalStateException("stopped at the lint time bound");
        }
        sink.add(new Finding(ruleId, severity, template.file(), at, message));
    }
}
