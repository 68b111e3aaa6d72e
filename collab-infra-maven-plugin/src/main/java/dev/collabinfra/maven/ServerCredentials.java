package dev.collabinfra.maven;

import dev.collabinfra.core.UserException;
import dev.collabinfra.goals.PropertyNames;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Static AWS keys from a {@code settings.xml} {@code <server>}: username is the access key id,
 * password the secret access key, decrypted with Maven's own decrypter so encrypted passwords work.
 */
final class ServerCredentials {

    /** The keys; the secret is never logged. */
    record Keys(String accessKeyId, String secretAccessKey) {
        @Override
        public String toString() {
            return "Keys[accessKeyId=" + accessKeyId + "]";
        }
    }

    private ServerCredentials() {}

    /** The keys of server {@code id}, or null when no server id is configured. */
    static Keys of(Settings settings, SettingsDecrypter decrypter, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            throw new UserException("settings.xml has no <server> with id '" + id + "' (-D" + PropertyNames.SERVER_ID
                    + "). Fix: add <server><id>" + id + "</id><username>ACCESS_KEY_ID</username><password>SECRET</password></server>.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new UserException("Cannot decrypt the password of settings.xml <server> '" + id + "': " + problem.getMessage()
                        + ". Fix: check ~/.m2/settings-security.xml, or encrypt it again with mvn --encrypt-password.");
            }
        }
        Server decrypted = result.getServer();
        if (decrypted.getUsername() == null || decrypted.getPassword() == null) {
            throw new UserException("settings.xml <server> '" + id + "' needs <username> (the access key id) and <password>"
                    + " (the secret access key).");
        }
        return new Keys(decrypted.getUsername(), decrypted.getPassword());
    }
}
