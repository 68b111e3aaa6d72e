package dev.collabinfra.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * settings.xml servers as AWS credentials, decrypted by Maven's own decrypter (the one Maven
 * injects), with a real settings-security.xml and a password encrypted as
 * {@code mvn --encrypt-password} does.
 */
class ServerCredentialsTest {

    @Test
    void anEncryptedPasswordIsDecryptedIntoTheSecretKey(@TempDir Path dir) throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        Path security = dir.resolve("settings-security.xml");
        Files.writeString(security, "<settingsSecurity><master>" + cipher.encryptAndDecorate("master-pass", "settings.security")
                + "</master></settingsSecurity>");
        DefaultSettingsDecrypter decrypter = new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
        Settings settings = settings("aws-prod", "AKIAEXAMPLE", cipher.encryptAndDecorate("s3cr3t/key", "master-pass"));

        ServerCredentials.Keys keys = ServerCredentials.of(settings, decrypter, "aws-prod");

        assertThat(keys.accessKeyId()).isEqualTo("AKIAEXAMPLE");
        assertThat(keys.secretAccessKey()).isEqualTo("s3cr3t/key");
        assertThat(keys.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void aPlainPasswordWorksAndNoServerIdMeansNoKeys(@TempDir Path dir) {
        DefaultSettingsDecrypter decrypter = new DefaultSettingsDecrypter(
                new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), dir.resolve("none.xml").toString()));

        assertThat(ServerCredentials.of(settings("aws", "AKIA2", "plain"), decrypter, "aws").secretAccessKey()).isEqualTo("plain");
        assertThat(ServerCredentials.of(settings("aws", "AKIA2", "plain"), decrypter, null)).isNull();
    }

    @Test
    void anUnknownServerOrOneWithoutKeysSaysWhatToAdd(@TempDir Path dir) {
        DefaultSettingsDecrypter decrypter = new DefaultSettingsDecrypter(
                new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), dir.resolve("none.xml").toString()));

        assertThatThrownBy(() -> ServerCredentials.of(settings("aws", "AKIA2", "x"), decrypter, "aws-typo"))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("settings.xml has no <server> with id 'aws-typo'")
                .hasMessageContaining("<username>ACCESS_KEY_ID</username>");
        assertThatThrownBy(() -> ServerCredentials.of(settings("aws", null, "x"), decrypter, "aws"))
                .hasMessageContaining("needs <username> (the access key id) and <password>");
    }

    private static Settings settings(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }
}
