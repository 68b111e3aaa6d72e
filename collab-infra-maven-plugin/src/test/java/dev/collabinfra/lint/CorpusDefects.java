package dev.collabinfra.lint;

import java.util.Set;

/**
 * Real defects in the shared AWS samples that cfn-lint 1.51.0 reports too: errors the corpus tests
 * expect (and require to be found) instead of treating them as false positives.
 */
final class CorpusDefects {

    /**
     * {@code file:line: rule id}. DIRECTORY_SETTINGS.cfn.yaml:249 sets an SNS topic's
     * {@code KmsMasterKeyId: aws/sns}; the key alias is {@code alias/aws/sns} (neither a key id,
     * key ARN nor alias name): cfn-lint reports E3017, E1157, E1162 and E1164 on that line.
     */
    static final Set<String> KNOWN = Set.of(
            "Solutions/DirectoryServiceSettings/templates/DIRECTORY_SETTINGS.cfn.yaml:249: E3017",
            "Solutions/DirectoryServiceSettings/templates/DIRECTORY_SETTINGS.cfn.yaml:249: E1157",
            "Solutions/DirectoryServiceSettings/templates/DIRECTORY_SETTINGS.cfn.yaml:249: E1162",
            "Solutions/DirectoryServiceSettings/templates/DIRECTORY_SETTINGS.cfn.yaml:249: E1164");

    private CorpusDefects() {}

    /** The finding's {@code file:line: id} key, relative to the corpus. */
    static String key(java.nio.file.Path corpus, Finding f) {
        return corpus.relativize(f.file()).toString().replace('\\', '/') + ":" + f.position().line() + ": " + f.ruleId();
    }
}
