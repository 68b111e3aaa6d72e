package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsFilesTest {

    @Test
    void writesJsonAndPropertiesSortedWithSecretsMasked(@TempDir Path dir) throws Exception {
        SecretMasker masker = new SecretMasker(Set.of("DbPassword"), Map.of("DbPassword", "hunter2-secret"));
        List<StackOutput> outputs = List.of(
                new StackOutput("Url", "https://shop.example.com/a=b", null, null),
                new StackOutput("ApiKey", "key-hunter2-secret", null, null));

        OutputsFiles.write(dir, outputs, masker);

        assertThat(Files.readString(dir.resolve("outputs.json")))
                .isEqualTo("{\n  \"ApiKey\" : \"key-****\",\n  \"Url\" : \"https://shop.example.com/a=b\"\n}\n");
        assertThat(Files.readString(dir.resolve("outputs.properties")))
                .isEqualTo("ApiKey=key-****\nUrl=https\\://shop.example.com/a\\=b\n");
        assertThat(OutputsFiles.table(outputs, masker)).containsExactly("Outputs:", "  ApiKey  key-****", "  Url     https://shop.example.com/a=b");
    }
}
