package dev.collabinfra.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrySchemasTest {

    private static final String NEWER_QUEUE = """
            {"typeName": "AWS::SQS::Queue", "description": "dropped by nobody: a user's file is read as it is",
             "properties": {"QueueName": {"type": "string", "maxLength": 5}},
             "primaryIdentifier": ["/properties/QueueUrl"], "createOnlyProperties": ["/properties/QueueName"],
             "readOnlyProperties": ["/properties/QueueUrl", "/properties/Arn"], "additionalProperties": false}
            """;

    @Test
    void bundledSetNamesItsSourceAndKnowsTypesIdentifiersAndStatefulTypes() {
        RegistrySchemas schemas = RegistrySchemas.bundled();

        assertThat(schemas.source()).startsWith("cfn-lint 1.51.0");
        assertThat(schemas.typeNames()).hasSizeGreaterThan(1500).contains("AWS::S3::Bucket", "AWS::DynamoDB::Table");
        ResourceSchema table = schemas.schema("AWS::DynamoDB::Table").orElseThrow();
        assertThat(table.primaryIdentifier()).containsExactly("TableName");
        assertThat(table.createOnlyProperties()).contains("TableName", "ImportSourceSpecification");
        assertThat(table.isCreateOnly("TableName")).isTrue();
        assertThat(table.isCreateOnly("BillingMode")).isFalse();
        assertThat(table.attributes()).contains("Arn", "StreamArn");
        // $ref resolves into definitions, where the item's required list lives
        @SuppressWarnings("unchecked")
        Map<String, Object> keySchema = (Map<String, Object>) table.resolve("#/definitions/KeySchema").orElseThrow();
        assertThat(keySchema.toString()).contains("KeyType");
        assertThat(schemas.statefulTypes()).contains("AWS::RDS::DBCluster", "AWS::S3::Bucket").doesNotContain("AWS::SNS::Topic");
        assertThat(schemas.format("AWS::EC2::VPC.Id").orElseThrow().ruleId()).isEqualTo("E1151");
        assertThat(schemas.extensions("AWS::S3::Bucket")).extracting(SchemaExtension::ruleId).contains("E3045");
        assertThat(schemas.schema("AWS::Nope::Nothing")).isEmpty();
    }

    @Test
    void aFolderOrZipOfProviderSchemasIsLaidOverTheBundledSet(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(folder.resolve("aws-sqs-queue.json"), NEWER_QUEUE);
        Path zip = dir.resolve("CloudFormationSchema.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("aws-sqs-queue.json"));
            z.write(NEWER_QUEUE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }

        for (Path specFile : List.of(folder, zip, folder.resolve("aws-sqs-queue.json"))) {
            assertThat(RegistrySchemas.isSchemaSet(specFile)).as("%s", specFile).isTrue();
            RegistrySchemas schemas = RegistrySchemas.load(specFile);
            assertThat(schemas.schema("AWS::SQS::Queue").orElseThrow().primaryIdentifier()).containsExactly("QueueUrl");
            assertThat(schemas.schema("AWS::S3::Bucket")).isPresent(); // the rest stays bundled
            assertThat(schemas.source()).contains(specFile.toString()).contains("cfn-lint 1.51.0");
        }
    }

    @Test
    void aFileThatIsNoSchemaIsAUserErrorNamingIt(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(folder.resolve("broken.json"), "{\"typeName\": \"AWS::X::Y\",\n  oops}");
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThatThrownBy(() -> RegistrySchemas.load(folder)).isInstanceOf(UserException.class)
                .hasMessageContaining("broken.json:2:").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> RegistrySchemas.load(empty)).isInstanceOf(UserException.class)
                .hasMessageContaining("holds no provider schema");
        assertThat(RegistrySchemas.isSchemaSet(Path.of("src/test/resources/spec/aws-format-sample.json"))).isFalse();
    }
}
