package dev.collabinfra.testendpoint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.collabinfra.testendpoint.template.ListNode;
import dev.collabinfra.testendpoint.template.MapNode;
import dev.collabinfra.testendpoint.template.Node;
import dev.collabinfra.testendpoint.template.ScalarNode;
import dev.collabinfra.testendpoint.template.Template;
import dev.collabinfra.testendpoint.template.TemplateReader;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Switchable behaviours of other CloudFormation implementations (open-source emulators seen in
 * use), so the plugin can be tested against each difference from AWS without the product. Every
 * switch is off by default (the endpoint then answers as AWS does) and can be changed while the
 * endpoint runs, like {@link Faults}:
 *
 * <ul>
 *   <li>{@link #changeSetCallsNeedStackName}: Describe/Execute/DeleteChangeSet with the change
 *       set's ARN alone answer "Stack with id null does not exist" (ValidationError);
 *   <li>{@link #listNoChanges}: DescribeChangeSet lists no {@code Changes};
 *   <li>{@link #completeEmptyChangeSets}: an UPDATE change set that changes nothing ends
 *       CREATE_COMPLETE (not FAILED), and executing it runs a full UPDATE cycle;
 *   <li>{@link #hideNestedFailures}: a nested stack that fails to create ends ROLLBACK_COMPLETE
 *       while its parent's resource, and the parent, end CREATE_COMPLETE;
 *   <li>{@link #acceptNoOpUpdateStack}: UpdateStack with no change is accepted instead of
 *       "No updates are to be performed.";
 *   <li>{@link #reformatTemplates}: GetTemplate returns the template re-serialised as JSON;
 *   <li>{@link #hideDefaultParameterValues}: DescribeStacks shows a parameter left at its
 *       template Default without a {@code ParameterValue};
 *   <li>{@link #addServiceTags}: DescribeStacks adds {@code aws:cloudformation:*} tags.
 * </ul>
 */
public final class Compatibility {

    private boolean changeSetCallsNeedStackName;
    private boolean listNoChanges;
    private boolean completeEmptyChangeSets;
    private boolean hideNestedFailures;
    private boolean acceptNoOpUpdateStack;
    private boolean reformatTemplates;
    private boolean hideDefaultParameterValues;
    private boolean addServiceTags;

    /** Every difference above at once: an endpoint as far from AWS as the plugin must cope with. */
    public synchronized Compatibility all() {
        changeSetCallsNeedStackName = true;
        listNoChanges = true;
        completeEmptyChangeSets = true;
        hideNestedFailures = true;
        acceptNoOpUpdateStack = true;
        reformatTemplates = true;
        hideDefaultParameterValues = true;
        addServiceTags = true;
        return this;
    }

    public synchronized Compatibility changeSetCallsNeedStackName(boolean on) {
        changeSetCallsNeedStackName = on;
        return this;
    }

    public synchronized Compatibility listNoChanges(boolean on) {
        listNoChanges = on;
        return this;
    }

    public synchronized Compatibility completeEmptyChangeSets(boolean on) {
        completeEmptyChangeSets = on;
        return this;
    }

    public synchronized Compatibility hideNestedFailures(boolean on) {
        hideNestedFailures = on;
        return this;
    }

    public synchronized Compatibility acceptNoOpUpdateStack(boolean on) {
        acceptNoOpUpdateStack = on;
        return this;
    }

    public synchronized Compatibility reformatTemplates(boolean on) {
        reformatTemplates = on;
        return this;
    }

    public synchronized Compatibility hideDefaultParameterValues(boolean on) {
        hideDefaultParameterValues = on;
        return this;
    }

    public synchronized Compatibility addServiceTags(boolean on) {
        addServiceTags = on;
        return this;
    }

    /** Back to answering as AWS does. */
    public synchronized Compatibility clear() {
        changeSetCallsNeedStackName = false;
        listNoChanges = false;
        completeEmptyChangeSets = false;
        hideNestedFailures = false;
        acceptNoOpUpdateStack = false;
        reformatTemplates = false;
        hideDefaultParameterValues = false;
        addServiceTags = false;
        return this;
    }

    /** Switches by name, for {@code LocalEndpointMain --compat=listNoChanges,reformatTemplates} ({@code all} for every one). */
    public synchronized Compatibility enable(String names) {
        for (String name : names.split(",")) {
            switch (name.strip()) {
                case "" -> { }
                case "all" -> all();
                case "changeSetCallsNeedStackName" -> changeSetCallsNeedStackName = true;
                case "listNoChanges" -> listNoChanges = true;
                case "completeEmptyChangeSets" -> completeEmptyChangeSets = true;
                case "hideNestedFailures" -> hideNestedFailures = true;
                case "acceptNoOpUpdateStack" -> acceptNoOpUpdateStack = true;
                case "reformatTemplates" -> reformatTemplates = true;
                case "hideDefaultParameterValues" -> hideDefaultParameterValues = true;
                case "addServiceTags" -> addServiceTags = true;
                default -> throw new IllegalArgumentException("Unknown compatibility switch '" + name.strip() + "'");
            }
        }
        return this;
    }

    // ---- what the actions ask -----------------------------------------------------------------

    synchronized void checkChangeSetCall(QueryRequest request) {
        if (changeSetCallsNeedStackName && request.get("StackName") == null) {
            throw CfnError.validation("Stack with id null does not exist");
        }
    }

    synchronized <T> List<T> listedChanges(List<T> changes) {
        return listNoChanges ? List.of() : changes;
    }

    synchronized boolean completeEmptyChangeSets() {
        return completeEmptyChangeSets;
    }

    synchronized boolean hideNestedFailures() {
        return hideNestedFailures;
    }

    synchronized boolean acceptNoOpUpdateStack() {
        return acceptNoOpUpdateStack;
    }

    /** What GetTemplate returns for a stored body. */
    synchronized String templateBody(String body) {
        if (!reformatTemplates) {
            return body;
        }
        try {
            Template template = new TemplateReader().read(body);
            StringWriter json = new StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(json)) {
                g.useDefaultPrettyPrinter();
                write(g, template.root());
            }
            return json.toString();
        } catch (IOException | RuntimeException e) {
            return body;
        }
    }

    /** Parameter values as DescribeStacks shows them: null for those at their Default when that is switched on. */
    synchronized Map<String, String> shownParameters(Template template, Map<String, String> values) {
        if (!hideDefaultParameterValues) {
            return values;
        }
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            String fallback = template.parameters().getMap(key).flatMap(p -> p.getString("Default")).orElse(null);
            shown.put(key, value != null && value.equals(fallback) ? null : value);
        });
        return shown;
    }

    synchronized Map<String, String> shownTags(Stack stack, Map<String, String> tags) {
        if (!addServiceTags) {
            return tags;
        }
        Map<String, String> shown = new LinkedHashMap<>(tags);
        shown.put("aws:cloudformation:stack-name", stack.name);
        shown.put("aws:cloudformation:stack-id", stack.id);
        return shown;
    }

    private static void write(JsonGenerator g, Node node) throws IOException {
        if (node instanceof MapNode map) {
            g.writeStartObject();
            for (MapNode.Entry entry : map.entries()) {
                g.writeFieldName(entry.key());
                write(g, entry.value());
            }
            g.writeEndObject();
        } else if (node instanceof ListNode list) {
            g.writeStartArray();
            for (Node item : list.items()) {
                write(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeString(((ScalarNode) node).value());
        }
    }

    static final Set<String> NAMES = Set.of("all", "changeSetCallsNeedStackName", "listNoChanges", "completeEmptyChangeSets",
            "hideNestedFailures", "acceptNoOpUpdateStack", "reformatTemplates", "hideDefaultParameterValues", "addServiceTags");
}
