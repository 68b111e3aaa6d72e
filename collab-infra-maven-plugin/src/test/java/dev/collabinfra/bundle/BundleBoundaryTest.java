package dev.collabinfra.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.lint.FailOn;
import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.ValidationRequest;
import dev.collabinfra.lint.Validator;
import dev.collabinfra.template.TemplateParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 items 3-8: nothing outside the project is packaged, names cannot escape, paths cannot collide. */
class BundleBoundaryTest {

    @TempDir
    Path dir;

    Path project;
    Path templates;

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        templates = Files.createDirectories(project.resolve("src/main/cloudformation"));
        Files.createDirectories(project.resolve("src/main/lambda/fn"));
        Files.writeString(project.resolve("src/main/lambda/fn/index.js"), "exports.handler = async () => 1;\n");
        Files.createDirectories(dir.resolve("home/.aws"));
        Files.writeString(dir.resolve("home/.aws/credentials"), "aws_secret_access_key = SECRET\n");
    }

    private Path main(String resources) throws IOException {
        return Files.writeString(templates.resolve("main.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n" + resources);
    }

    private static String function(String name, String code) {
        return "  " + name + ":\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs20.x\n      Handler: index.handler\n"
                + "      Role: arn:aws:iam::123456789012:role/r\n      Code: " + code + "\n";
    }

    private static String stack(String name, String url) {
        return "  " + name + ":\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: " + url + "\n";
    }

    private Bundle resolve(List<Path> allowed) {
        return new BundleResolver(new TemplateParser(), project, allowed).resolve(templates.resolve("main.yaml"));
    }

    private Bundle resolve() {
        return resolve(List.of());
    }

    private List<Finding> validate() {
        ValidationRequest request = new ValidationRequest(project, templates, false, Set.of(), FailOn.ERROR,
                project.resolve("target/collab-infra"), "test");
        return new Validator(ProgressListener.silent()).validate(request).findings();
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    // item 3
    @Test
    void codeOutsideTheProjectIsRefusedNamingThePropertyAndTheResolvedPath() throws IOException {
        main(function("Fn", "../../../../home"));

        assertThatThrownBy(this::resolve).isInstanceOf(UserException.class)
                .hasMessageStartingWith("src/main/cloudformation/main.yaml:")
                .hasMessageContaining("Code '../../../../home' of Fn resolves to " + dir.resolve("home"))
                .hasMessageContaining("outside the project directory " + project)
                .hasMessageContaining("<allowedOutsideDirectories>");
        assertThat(validate()).filteredOn(f -> f.ruleId().equals("E3909")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("resolves to " + dir.resolve("home")).contains("outside the project"));
    }

    @Test
    void anExplicitlyAllowedOutsideDirectoryIsPackaged() throws IOException {
        main(function("Fn", "../../../../home"));

        Bundle bundle = resolve(List.of(dir.resolve("home")));

        assertThat(bundle.files().values()).anySatisfy(f -> assertThat(entries(f.bytes())).contains(".aws/credentials"));
    }

    @Test
    void theBuildDirectoryIsNeverSweptIntoAnArchive() throws IOException {
        Files.createDirectories(project.resolve("target/classes"));
        Files.writeString(project.resolve("target/previous-bundle.zip"), "old");
        main(function("Fn", "../../.."));

        Bundle bundle = resolve();

        List<String> names = entries(bundle.files().values().stream().filter(f -> f.kind() == BundleFile.Kind.CODE_ARCHIVE)
                .findFirst().orElseThrow().bytes());
        assertThat(names).contains("src/main/lambda/fn/index.js").noneMatch(n -> n.startsWith("target/"));
        assertThat(bundle.warnings()).anySatisfy(w -> assertThat(w).contains("target/ (the build directory, never packaged)"));
    }

    @Test
    void aCodeFolderInsideTheBuildDirectoryIsRefused() throws IOException {
        Files.createDirectories(project.resolve("target/classes"));
        main(function("Fn", "../../../target/classes"));

        assertThatThrownBy(this::resolve).isInstanceOf(UserException.class).hasMessageContaining("target/ is never packaged");
    }

    // item 4
    @Test
    void symlinksLeavingTheCodeDirectoryAreSkippedAndNamed() throws IOException {
        Path fn = project.resolve("src/main/lambda/fn");
        Files.createSymbolicLink(fn.resolve("creds"), dir.resolve("home/.aws/credentials"));
        Files.createSymbolicLink(fn.resolve("aws"), dir.resolve("home/.aws"));
        Files.createSymbolicLink(fn.resolve("same.js"), fn.resolve("index.js"));
        main(function("Fn", "../lambda/fn"));

        Bundle bundle = resolve();

        byte[] zip = bundle.file("lambda/fn.zip").bytes();
        assertThat(entries(zip)).containsExactly("index.js", "same.js");
        assertThat(new String(zip, StandardCharsets.ISO_8859_1)).doesNotContain("SECRET");
        assertThat(bundle.warnings()).hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("creds -> " + dir.resolve("home/.aws/credentials").toRealPath()))
                .anySatisfy(w -> assertThat(w).contains("aws/ -> ").contains("leaving the code directory"));
    }

    // item 5
    @Test
    void backslashesInLocalPathsAreRejectedByPackageAndValidate() throws IOException {
        main(stack("Child", "'..\\..\\x.yaml'"));

        assertThatThrownBy(this::resolve).isInstanceOf(UserException.class)
                .hasMessageContaining("TemplateURL '..\\..\\x.yaml' of Child contains a backslash");
        assertThat(validate()).extracting(Finding::ruleId).contains("E3909");
    }

    @Test
    void aFileNameWithBackslashesInACodeDirectoryIsRefused() throws IOException {
        Files.writeString(project.resolve("src/main/lambda/fn/..\\..\\evil.sh"), "rm -rf ~\n");
        main(function("Fn", "../lambda/fn"));

        assertThatThrownBy(this::resolve).isInstanceOf(UserException.class)
                .hasMessageContaining("backslash").hasMessageContaining("'../../evil.sh'");
    }

    // item 6
    @Test
    void aFolderAndAZipThatMapToTheSameBundlePathAreACollision() throws IOException {
        Files.write(project.resolve("src/main/lambda/fn.zip"), ReproducibleZip.zipFile(project.resolve("src/main/lambda/fn/index.js")));
        main(function("A", "../lambda/fn") + function("B", "../lambda/fn.zip"));

        assertThatThrownBy(this::resolve).isInstanceOf(UserException.class)
                .hasMessageContaining("same file 'lambda/fn.zip'")
                .hasMessageContaining("src/main/lambda/fn").hasMessageContaining("src/main/lambda/fn.zip");
    }

    // item 7
    @Test
    void anAbsoluteTemplateUrlOutsideTheProjectIsRefused() throws IOException {
        Files.writeString(dir.resolve("home/any.json"), "{\"Resources\": {}}");
        main(stack("Child", dir.resolve("home/any.json").toString()));

        assertThatThrownBy(this::resolve).isInstanceOf(UserException.class).hasMessageContaining("outside the project directory");
        assertThat(validate()).extracting(Finding::ruleId).contains("E3909");
    }

    @Test
    void fileUrlsAreOneMistakeForValidateAndPackage() throws IOException {
        Files.writeString(templates.resolve("child.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
        main(stack("Child", "file://" + templates.resolve("child.yaml")));

        assertThatThrownBy(this::resolve).isInstanceOf(UserException.class).hasMessageContaining("is a file:// URL");
        assertThat(validate()).filteredOn(f -> f.ruleId().equals("E3909")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is a file:// URL"));
    }

    // item 8
    @Test
    void codeAtTheFileSystemRootIsAClearErrorNotANullPointer() throws IOException {
        main(function("Fn", "/"));

        assertThatThrownBy(this::resolve).isInstanceOf(UserException.class).hasMessageContaining("Code '/' of Fn resolves to /");
    }

    @Test
    void aFiveHundredDeepChainWritesItsManifest() throws IOException {
        for (int i = 0; i < 500; i++) {
            String body = i == 499 ? "  T:\n    Type: AWS::SNS::Topic\n" : stack("Next", "t" + (i + 1) + ".yaml");
            Files.writeString(templates.resolve("t" + i + ".yaml"), "Resources:\n" + body);
        }
        main(stack("First", "t0.yaml"));

        Bundle bundle = resolve();
        byte[] manifest = BundleWriter.manifest(bundle);

        assertThat(bundle.templates()).hasSize(501);
        assertThat(new String(manifest, StandardCharsets.UTF_8)).contains("\"path\" : \"t499.yaml\"");
    }
}
