package dev.collabinfra.goals;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.deploy.OutputsFiles;
import dev.collabinfra.deploy.SecretMasker;
import dev.collabinfra.deploy.StackOutput;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stack's outputs as {@code deploy} and {@code outputs} hand them on: printed, written to
 * {@code outputs.json} and {@code .properties}, and as the {@code collab-infra.output.<Key>}
 * properties the Maven side sets for later plugins. NoEcho values are masked everywhere.
 *
 * @param file the {@code outputs.json} written
 * @param properties {@code collab-infra.output.<Key>} to masked value
 */
public record Outputs(Path file, Map<String, String> properties) {

    public Outputs {
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** Prints the table and writes the files into the environment's directory. */
    static Outputs write(Path environmentDirectory, List<StackOutput> outputs, SecretMasker masker, ProgressListener out) {
        OutputsFiles.table(outputs, masker).forEach(out::info);
        Path file = OutputsFiles.write(environmentDirectory, outputs, masker);
        Map<String, String> properties = new LinkedHashMap<>();
        OutputsFiles.values(outputs, masker).forEach((key, value) -> properties.put(PropertyNames.OUTPUT_PROPERTY_PREFIX + key, value));
        return new Outputs(file, properties);
    }
}
