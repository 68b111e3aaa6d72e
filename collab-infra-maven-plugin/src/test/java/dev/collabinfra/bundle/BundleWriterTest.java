package dev.collabinfra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.TemplateParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {

    @TempDir
    Path dir;

    private Path write(Path project, String out) throws IOException {
        Bundle bundle = new BundleResolver(new TemplateParser(), project).resolve(BundleFixture.main(project));
        Path zip = dir.resolve(out).resolve("app-1.0-cloudformation.zip");
        BundleWriter.write(bundle, dir.resolve(out).resolve("bundle"), zip);
        return zip;
    }

    @Test
    void manifestListsEveryFileWithItsHashAndTheNestingTree() throws IOException {
        Path project = BundleFixture.copy("nested", dir.resolve("project"));
        write(project, "out");
        Path bundleDir = dir.resolve("out/bundle");

        MapNode manifest = new TemplateParser().parse(bundleDir.resolve(BundleWriter.MANIFEST)).template().root();

        assertThat(manifest.getString("main")).contains("cloudformation/main.yaml");
        List<Node> files = ((ListNode) manifest.get("files").orElseThrow()).items();
        assertThat(files).hasSize(7);
        for (Node node : files) {
            MapNode file = (MapNode) node;
            Path onDisk = bundleDir.resolve(file.getString("path").orElseThrow());
            byte[] bytes = Files.readAllBytes(onDisk);
            assertThat(file.getString("sha256")).as(onDisk.toString()).contains(Sha256.hex(bytes));
            assertThat(file.getString("size")).contains(Integer.toString(bytes.length));
        }
        assertThat(Files.readString(bundleDir.resolve("cloudformation/main.yaml")))
                .isEqualTo(Files.readString(BundleFixture.main(project)));

        MapNode tree = manifest.getMap("tree").orElseThrow();
        MapNode app = child(tree, "AppStack");
        assertThat(app.getString("path")).contains("cloudformation/app/application.yaml");
        assertThat(child(app, "DatabaseStack").getString("path")).contains("cloudformation/database.json");
        assertThat(child(child(app, "DatabaseStack"), "RotateFunction").getString("path")).contains("lambda/rotate.zip");
        assertThat(child(tree, "ConnectFunction").getString("path")).contains("lambda/connect.zip");
    }

    @Test
    void attachedZipHoldsTheBundleAndIsByteIdenticalWhenRebuilt() throws IOException {
        Path first = write(BundleFixture.copy("nested", dir.resolve("p1")), "out1");
        Path second = write(BundleFixture.copy("nested", dir.resolve("p2")), "out2");

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(first)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("cloudformation/app/application.yaml", "cloudformation/database.json",
                "cloudformation/main.yaml", "cloudformation/network.yaml", "lambda/connect.zip", "lambda/layer.zip",
                "lambda/rotate.zip", "manifest.json");
    }

    /** The target of the reference held by {@code resource} in a manifest tree node. */
    private static MapNode child(MapNode treeNode, String resource) {
        for (Node node : ((ListNode) treeNode.get("references").orElseThrow()).items()) {
            MapNode ref = (MapNode) node;
            if (ref.getString("resource").orElse("").equals(resource)) {
                return ref.getMap("target").orElseThrow();
            }
        }
        throw new AssertionError("no reference from " + resource + " in " + treeNode);
    }
}
