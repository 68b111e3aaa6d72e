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
 * {@code plan.json}: what a deploy would do, for reviews and pipelines. Parameters are listed with
 * NoEcho values masked; with no changes, {@code changes} is empty and {@code noChanges} true.
 */
public final class PlanFile {

    private PlanFile() {}

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
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, masker.mask(json.toString()) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
