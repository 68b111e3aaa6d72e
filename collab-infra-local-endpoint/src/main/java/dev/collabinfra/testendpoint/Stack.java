package dev.collabinfra.testendpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stack of the local endpoint: its configuration (template, parameter values, tags, ...), its
 * resources, outputs and events. Mutable, and only touched under the {@link StackStore}'s lock.
 */
final class Stack {

    /** What a stack was (or will be) deployed with; update rollback restores the previous one. */
    static final class Config {
        LoadedTemplate template;
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> tags = new LinkedHashMap<>();
        List<String> capabilities = new ArrayList<>();
        List<String> notificationArns = new ArrayList<>();
        String roleArn;

        Config copy() {
            Config copy = new Config();
            copy.template = template;
            copy.parameters = new LinkedHashMap<>(parameters);
            copy.tags = new LinkedHashMap<>(tags);
            copy.capabilities = new ArrayList<>(capabilities);
            copy.notificationArns = new ArrayList<>(notificationArns);
            copy.roleArn = roleArn;
            return copy;
        }
    }

    /** An output after resolution. */
    record Output(String key, String value, String description, String exportName) {}

    final String id;
    final String name;
    final String region;
    final Instant created;
    final String parentId;
    final String rootId;
    Config config = new Config();
    String status;
    String reason;
    Instant lastUpdated;
    Instant deleted;
    boolean terminationProtection;
    boolean disableRollback;
    /** OnFailure=DELETE: a failed create is rolled back and then deleted. */
    boolean deleteOnFailure;
    Integer timeoutInMinutes;
    String changeSetId;
    final Map<String, ResourceState> resources = new LinkedHashMap<>();
    List<Output> outputs = new ArrayList<>();
    final List<StackEvent> events = new ArrayList<>();
    /** Set while an update runs: what to go back to; kept after UPDATE_ROLLBACK_FAILED for ContinueUpdateRollback. */
    UpdateRun activeUpdate;
    /** Why the last operation failed ("The following resource(s) failed to create: [X]. "), for a parent's message. */
    String failureReason;

    Stack(String id, String name, String region, Instant created, String parentId, String rootId) {
        this.id = id;
        this.name = name;
        this.region = region;
        this.created = created;
        this.parentId = parentId;
        this.rootId = rootId;
    }

    boolean inProgress() {
        return status.endsWith("_IN_PROGRESS");
    }

    boolean isDeleted() {
        return "DELETE_COMPLETE".equals(status);
    }
}
