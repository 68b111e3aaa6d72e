package dev.collabinfra.deploy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code plan.json}: what a deploy would do, for reviews and pipelines, and {@code plan.md} next to
 * it, the same plan as Markdown for a pull-request comment. Parameters are listed with NoEcho values
 * masked; with no changes, {@code changes} is empty and {@code noChanges} true.
 */
public final class PlanFile {

    private PlanFile() {}

    /** {@code plan.md} next to {@code plan.json}. */
    public static Path markdownFile(Path jsonFile) {
        return jsonFile.resolveSibling("plan.md");
    }

    private static void writeIfSet(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    /**
     * @param plan the plan, or null when nothing would change
     * @param kept whether the change set was kept for {@code deploy -Dcollab-infra.changeSet}
     */
    public static Path write(Path file, String stackName, ChangeSetPlan plan, boolean kept, List<ParameterValue> parameters,
            SecretMasker masker) {
        try {
            StringWriter json = new StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(json)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("stackName", stackName);
                g.writeBooleanField("noChanges", plan == null);
                if (plan != null) {
                    g.writeStringField("changeSetName", plan.changeSetName());
                    g.writeStringField("changeSetId", plan.changeSetId());
                    g.writeStringField("type", plan.create() ? "CREATE" : "UPDATE");
                    g.writeBooleanField("changeSetKept", kept);
                    g.writeStringField("summary", plan.summary());
                    if (plan.note() != null) {
                        g.writeStringField("note", plan.note());
                    }
                    g.writeArrayFieldStart("parameterChanges");
                    for (ParameterChange change : plan.parameters()) {
                        g.writeStartObject();
                        g.writeStringField("key", change.key());
                        if (change.before() != null) {
                            g.writeStringField("before", change.before());
                        }
                        g.writeStringField("after", change.after());
                        g.writeBooleanField("noEcho", change.noEcho());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeObjectFieldStart("parameters");
                for (ParameterValue value : parameters) {
                    g.writeStringField(value.key(), value.usePreviousValue() ? "(previous value)" : masker.parameterValue(value.key(), value.value()));
                }
                g.writeEndObject();
                g.writeArrayFieldStart("changes");
                if (plan != null) {
                    for (PlannedChange change : plan.changes()) {
                        g.writeStartObject();
                        g.writeStringField("action", change.action());
                        g.writeStringField("logicalId", change.logicalId());
                        g.writeStringField("resourceType", change.resourceType());
                        if (change.physicalId() != null) {
                            g.writeStringField("physicalId", change.physicalId());
                        }
                        if (change.replacement() != null) {
                            g.writeStringField("replacement", change.replacement());
                        }
                        g.writeStringField("nestedStack", String.join("/", change.nestedStackPath()));
                        g.writeBooleanField("stateful", change.isStateful());
                        g.writeArrayFieldStart("details");
                        for (ChangeDetail detail : change.details()) {
                            g.writeStartObject();
                            writeIfSet(g, "attribute", detail.attribute());
                            writeIfSet(g, "name", detail.name());
                            writeIfSet(g, "requiresRecreation", detail.requiresRecreation());
                            writeIfSet(g, "evaluation", detail.evaluation());
                            writeIfSet(g, "changeSource", detail.changeSource());
                            writeIfSet(g, "causingEntity", detail.causingEntity());
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, masker.mask(json.toString()) + "\n", StandardCharsets.UTF_8);
            Files.writeString(markdownFile(file), masker.mask(PlanMarkdown.render(stackName, plan, kept)), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
