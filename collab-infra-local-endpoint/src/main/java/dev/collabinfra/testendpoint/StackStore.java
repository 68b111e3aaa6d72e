package dev.collabinfra.testendpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every stack and change set of one endpoint, and the ids it hands out. The store is the one lock:
 * request threads and the provisioning worker synchronize on it, so each sees whole transitions.
 */
final class StackStore {

    static final String ACCOUNT = "123456789012";

    private final Map<String, Stack> stacksById = new LinkedHashMap<>();
    private final Map<String, ChangeSet> changeSetsById = new LinkedHashMap<>();
    private final Clock clock;
    private long sequence;
    private Instant lastTime = Instant.EPOCH;

    StackStore(Clock clock) {
        this.clock = clock;
    }

    /** Now, strictly after the previous call so events keep their order by timestamp. */
    synchronized Instant now() {
        Instant now = clock.instant();
        if (!now.isAfter(lastTime)) {
            now = lastTime.plusMillis(1);
        }
        lastTime = now;
        return now;
    }

    synchronized Stack newStack(String name, String region, String parentId, String rootId) {
        return newStack(name, region, parentId, rootId, ACCOUNT);
    }

    /** A stack in another account (a stack set instance's): its id names that account. */
    synchronized Stack newStack(String name, String region, String parentId, String rootId, String account) {
        String id = "arn:aws:cloudformation:" + region + ":" + account + ":stack/" + name + "/" + nextUuid();
        Stack stack = new Stack(id, name, region, now(), parentId, rootId);
        stacksById.put(id, stack);
        return stack;
    }

    /**
     * A live stack by name, or any stack (deleted ones too) by id, as DescribeStacks finds them. A
     * stack of another account (a stack set instance in a member account) is not found by its id,
     * as CloudFormation answers the caller's account; the listing of every stack still shows it, so
     * that tests can look at instance stacks.
     */
    synchronized Optional<Stack> find(String nameOrId) {
        if (nameOrId.startsWith("arn:")) {
            return Optional.ofNullable(stacksById.get(nameOrId)).filter(s -> s.id.contains(":" + ACCOUNT + ":stack/"));
        }
        return stacksById.values().stream().filter(s -> s.name.equals(nameOrId) && !s.isDeleted()).findFirst();
    }

    synchronized Optional<Stack> byId(String id) {
        return Optional.ofNullable(stacksById.get(id));
    }

    /** Live stacks, oldest first. */
    synchronized List<Stack> liveStacks() {
        return stacksById.values().stream().filter(s -> !s.isDeleted()).toList();
    }

    synchronized void addChangeSet(ChangeSet changeSet) {
        changeSetsById.put(changeSet.id, changeSet);
    }

    synchronized void removeChangeSet(ChangeSet changeSet) {
        changeSetsById.remove(changeSet.id);
    }

    /** A change set by ARN, or by name within the stack. */
    synchronized Optional<ChangeSet> findChangeSet(String nameOrArn, Stack stack) {
        if (nameOrArn.startsWith("arn:")) {
            return Optional.ofNullable(changeSetsById.get(nameOrArn));
        }
        return changeSetsById.values().stream()
                .filter(c -> stack != null && c.stackId.equals(stack.id) && c.name.equals(nameOrArn))
                .findFirst();
    }

    synchronized List<ChangeSet> changeSetsOf(Stack stack) {
        return changeSetsById.values().stream().filter(c -> c.stackId.equals(stack.id)).toList();
    }

    /** Drops every change set of a stack (after an execution, as AWS does). */
    synchronized void clearChangeSets(Stack stack) {
        changeSetsById.values().removeIf(c -> c.stackId.equals(stack.id));
    }

    synchronized String newChangeSetId(Stack stack, String name) {
        return "arn:aws:cloudformation:" + stack.region + ":" + ACCOUNT + ":changeSet/" + name + "/" + nextUuid();
    }

    synchronized String nextUuid() {
        return UUID.nameUUIDFromBytes(("local-cfn-" + (++sequence)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Appends an event to the stack it belongs to. */
    synchronized StackEvent event(Stack stack, String logicalId, String physicalId, String type, String status,
            String reason) {
        StackEvent event = new StackEvent(stack.id,
                logicalId.equals(stack.name) ? nextUuid() : logicalId + "-" + status + "-" + nextUuid(),
                stack.name, logicalId, physicalId, type, now(), status, reason, null);
        stack.events.add(event);
        return event;
    }

    /** Sets the stack's status and records the stack event for it. */
    synchronized void stackStatus(Stack stack, String status, String reason) {
        stack.status = status;
        stack.reason = reason;
        event(stack, stack.name, stack.id, "AWS::CloudFormation::Stack", status, reason);
    }

    /** Sets a resource's status and records its event. */
    synchronized void resourceStatus(Stack stack, ResourceState resource, String status, String reason) {
        resource.status = status;
        resource.reason = reason;
        resource.timestamp = now();
        event(stack, resource.logicalId, resource.physicalId == null ? "" : resource.physicalId, resource.type,
                status, reason);
    }

    /** Twelve stable upper-case characters derived from the text, like the suffixes AWS puts on generated names. */
    static String suffix(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(hash).toUpperCase(java.util.Locale.ROOT);
            StringBuilder out = new StringBuilder();
            for (int i = 0; out.length() < 12; i++) {
                char c = hex.charAt(i);
                out.append(Character.isDigit(c) ? (char) ('G' + (c - '0')) : c);
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized List<Stack> allStacks() {
        return new ArrayList<>(stacksById.values());
    }
}
