package dev.collabinfra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleZipTest {

    @TempDir
    Path dir;

    private Path code(String name) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("lib/deep"));
        Files.writeString(root.resolve("index.js"), "exports.handler = () => 1;\n");
        Files.writeString(root.resolve("lib/deep/b.js"), "module.exports = 'b';\n");
        Files.writeString(root.resolve("lib/a.js"), "module.exports = 'a';\n");
        return root;
    }

    @Test
    void sameContentGivesSameBytesWhateverTheFileTimesAndLocation() throws IOException {
        Path first = code("first");
        Path second = code("elsewhere/second");
        Files.setLastModifiedTime(second.resolve("index.js"), FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));
        Files.setLastModifiedTime(second.resolve("lib/a.js"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        byte[] a = ReproducibleZip.zipDirectory(first);
        byte[] b = ReproducibleZip.zipDirectory(second);
        byte[] again = ReproducibleZip.zipDirectory(first);

        assertThat(b).isEqualTo(a);
        assertThat(again).isEqualTo(a);
    }

    @Test
    void entriesAreSortedWithTheFixedTimeAndNoExtraFields() throws IOException {
        byte[] zip = ReproducibleZip.zipDirectory(code("sorted"));

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(ReproducibleZip.FIXED_TIME);
                assertThat(e.getExtra()).as("extra field of " + e.getName()).isNull();
            }
        }
        assertThat(names).containsExactly("index.js", "lib/a.js", "lib/deep/b.js");
    }

    @Test
    void timeZoneOfTheMachineDoesNotMatter() throws IOException {
        Path root = code("zoned");
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        byte[] utc;
        byte[] tokyo;
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
            utc = ReproducibleZip.zipDirectory(root);
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
            tokyo = ReproducibleZip.zipDirectory(root);
        } finally {
            java.util.TimeZone.setDefault(original);
        }
        assertThat(tokyo).isEqualTo(utc);
    }

    @Test
    void changedContentChangesTheBytes() throws IOException {
        Path root = code("changed");
        byte[] before = ReproducibleZip.zipDirectory(root);

        Files.writeString(root.resolve("lib/deep/b.js"), "module.exports = 'B';\n");

        assertThat(Sha256.hex(ReproducibleZip.zipDirectory(root))).isNotEqualTo(Sha256.hex(before));
    }
}
